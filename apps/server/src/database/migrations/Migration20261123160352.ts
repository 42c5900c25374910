import { Migration } from '@mikro-orm/migrations';

export class Migration20261123160352 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "data_import" drop constraint if exists "data_import_status_check";`);

    this.addSql(
      `alter table "data_import" add constraint "data_import_status_check" check("status" in ('PREVIEWED', 'IMPORTING', 'COMPLETED', 'FAILED', 'EXPIRED'));`,
    );

    // A failed import is not retried: its file is deleted from now on, and now for those before.
    this.addSql(`update "data_import" set "content" = null where "status" = 'FAILED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "data_import" drop constraint if exists "data_import_status_check";`);

    this.addSql(
      `alter table "data_import" add constraint "data_import_status_check" check("status" in ('PREVIEWED', 'IMPORTING', 'COMPLETED', 'FAILED'));`,
    );
  }
}
