import { Migration } from '@mikro-orm/migrations';

export class Migration20261123124117 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "data_import" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('LEAS_AND_SCHOOLS', 'PEOPLE_AND_MEMBERSHIPS', 'MEASUREMENTS')) not null, "status" text check ("status" in ('PREVIEWED', 'IMPORTING', 'COMPLETED', 'FAILED')) not null default 'PREVIEWED', "mode" text check ("mode" in ('ALL', 'VALID_ONLY')) null, "file_name" text not null, "created_by_id" uuid not null, "content" text null, "total_rows" int not null default 0, "valid_rows" int not null default 0, "rows_to_import" int not null default 0, "processed_rows" int not null default 0, "imported_rows" int not null default 0, "skipped_rows" int not null default 0, "problems" jsonb not null, "created_counts" jsonb not null, "failure" jsonb null, "finished_at" timestamptz null, constraint "data_import_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "data_import_created_by_id_created_at_index" on "data_import" ("created_by_id", "created_at");`,
    );

    this.addSql(
      `alter table "data_import" add constraint "data_import_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_import" cascade;`);
  }
}
