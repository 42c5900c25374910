import { Migration } from '@mikro-orm/migrations';

export class Migration20261123135551 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "added_by_id" uuid null;`);
    this.addSql(
      `alter table "person" add constraint "person_added_by_id_foreign" foreign key ("added_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop constraint "person_added_by_id_foreign";`);

    this.addSql(`alter table "person" drop column "added_by_id";`);
  }
}
