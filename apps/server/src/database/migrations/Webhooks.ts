import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: partners' endpoints, the outbox of events written with each change, and the
 * deliveries (one per event and endpoint, the delivery log).
 */
export class Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" uuid not null, "url" text not null, "description" text null, "event_types" text[] not null, "secret_seed" text not null, "disabled_at" timestamptz null, "disabled_after_failures" boolean not null default false, "consecutive_failures" int not null default 0, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_endpoint_owner_id_index" on "webhook_endpoint" ("owner_id");`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "endpoint_id" uuid not null, "event_id" uuid not null, "event_type" text not null, "action" text not null, "record_id" uuid not null, "occurred_at" timestamptz not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_duration_ms" int null, "last_problem" jsonb null, "delivered_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_index" on "webhook_delivery" ("endpoint_id");`,
    );
    this.addSql(`create index "webhook_delivery_status_index" on "webhook_delivery" ("status");`);
    this.addSql(
      `create index "webhook_delivery_next_attempt_at_index" on "webhook_delivery" ("next_attempt_at");`,
    );
    this.addSql(
      `create table "webhook_event" ("id" uuid not null, "type" text not null, "action" text not null, "record_id" uuid not null, "occurred_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_event_occurred_at_index" on "webhook_event" ("occurred_at");`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_event_types_check" check ("event_types" <@ array['TEAM'::text, 'MEMBERSHIP'::text, 'CONVENING'::text, 'ATTENDANCE_SUMMARY'::text, 'DELIVERABLE'::text]);`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_event_type_check" check ("event_type" in ('TEAM', 'MEMBERSHIP', 'CONVENING', 'ATTENDANCE_SUMMARY', 'DELIVERABLE'));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_action_check" check ("action" in ('CREATED', 'UPDATED', 'DELETED'));`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'));`,
    );
    this.addSql(
      `alter table "webhook_event" add constraint "webhook_event_type_check" check ("type" in ('TEAM', 'MEMBERSHIP', 'CONVENING', 'ATTENDANCE_SUMMARY', 'DELIVERABLE'));`,
    );
    this.addSql(
      `alter table "webhook_event" add constraint "webhook_event_action_check" check ("action" in ('CREATED', 'UPDATED', 'DELETED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "webhook_delivery" cascade;');
    this.addSql('drop table if exists "webhook_event" cascade;');
    this.addSql('drop table if exists "webhook_endpoint" cascade;');
  }
}
