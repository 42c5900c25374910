import { Migration } from '@mikro-orm/migrations';

/** An account's language is null until chosen: the admin app then follows the browser's. */
export class Migration20261123124015 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" alter column "language" drop default;`);
    this.addSql(`alter table "account" alter column "language" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "account" set "language" = 'en' where "language" is null;`);
    this.addSql(`alter table "account" alter column "language" set default 'en';`);
    this.addSql(`alter table "account" alter column "language" set not null;`);
  }
}
