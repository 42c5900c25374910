import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125215 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "saved_query" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" uuid not null, "list" text not null, "name" text not null, "value" jsonb not null, constraint "saved_query_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "saved_query_owner_id_index" on "saved_query" ("owner_id");`);
    this.addSql(
      `alter table "saved_query" add constraint "saved_query_owner_list_name_unique" unique ("owner_id", "list", "name");`,
    );

    this.addSql(
      `alter table "saved_query" add constraint "saved_query_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_query" cascade;`);
  }
}
