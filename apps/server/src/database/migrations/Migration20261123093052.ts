import { Migration } from '@mikro-orm/migrations';

export class Migration20261123093052 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_email" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "to_address" text not null, "subject" text not null, "text_body" text not null, "kind" text not null, "dedupe_key" text null, "status" text check ("status" in ('QUEUED', 'SENT', 'LOGGED', 'FAILED')) not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "delivered_at" timestamptz null, constraint "outbox_email_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_email_kind_index" on "outbox_email" ("kind");`);
    this.addSql(
      `alter table "outbox_email" add constraint "outbox_email_dedupe_key_unique" unique ("dedupe_key");`,
    );
    this.addSql(`create index "outbox_email_status_index" on "outbox_email" ("status");`);

    this.addSql(
      `create table "calendar_feed" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('COHORT', 'PERSON')) not null, "cohort_id" uuid null, "person_id" uuid null, "owner_id" uuid not null, "token_hash" text not null, "last_fetched_at" timestamptz null, constraint "calendar_feed_pkey" primary key ("id"), constraint calendar_feed_subject_check check ((kind = 'COHORT' and cohort_id is not null and person_id is null) or (kind = 'PERSON' and person_id is not null and cohort_id is null)));`,
    );
    this.addSql(`create index "calendar_feed_cohort_id_index" on "calendar_feed" ("cohort_id");`);
    this.addSql(`create index "calendar_feed_person_id_index" on "calendar_feed" ("person_id");`);
    this.addSql(`create index "calendar_feed_owner_id_index" on "calendar_feed" ("owner_id");`);
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "cohort" add column "designee_id" uuid null;`);
    this.addSql(
      `alter table "cohort" add constraint "cohort_designee_id_foreign" foreign key ("designee_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "cohort_designee_id_index" on "cohort" ("designee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_email" cascade;`);

    this.addSql(`drop table if exists "calendar_feed" cascade;`);

    this.addSql(`alter table "cohort" drop constraint "cohort_designee_id_foreign";`);

    this.addSql(`drop index "cohort_designee_id_index";`);
    this.addSql(`alter table "cohort" drop column "designee_id";`);
  }
}
