import { Migration } from '@mikro-orm/migrations';

/** The tables partners sync (the root lists but the audit log), and their entity names. */
const SYNCED_TABLES: Record<string, string> = {
  account: 'Account',
  api_token: 'ApiToken',
  application: 'Application',
  application_document: 'ApplicationDocument',
  application_lea: 'ApplicationLea',
  appropriation: 'Appropriation',
  attendance: 'Attendance',
  check_in: 'CheckIn',
  cohort: 'Cohort',
  cohort_deadline: 'CohortDeadline',
  convening: 'Convening',
  data_import: 'DataImport',
  deliverable: 'Deliverable',
  facilitation: 'Facilitation',
  follow_up: 'FollowUp',
  lead_agency: 'LeadAgency',
  measurement: 'Measurement',
  membership: 'Membership',
  metric: 'Metric',
  organization: 'Organization',
  outbox_email: 'OutboxEmail',
  person: 'Person',
  problem_of_practice: 'ProblemOfPractice',
  reimbursement: 'Reimbursement',
  review: 'Review',
  review_score: 'ReviewScore',
  rubric_criterion: 'RubricCriterion',
  saved_query: 'SavedQuery',
  scope_binding: 'ScopeBinding',
  stipend: 'Stipend',
  subscription: 'Subscription',
  team: 'Team',
  team_lea: 'TeamLea',
  webhook_delivery: 'WebhookDelivery',
  webhook_endpoint: 'WebhookEndpoint',
};

/**
 * What sync by changes needs from the database (docs/partners.md):
 * - `updated_at` changes on every write, whoever writes (raw SQL, triggers, bulk imports): a
 *   write that leaves it as it was gets the current time; and it is kept to the millisecond,
 *   the precision of the cursors that carry it;
 * - every delete of a synced record, cascades included, leaves a row in `deletion` in the same
 *   transaction: its type, id and time, the transaction, and the deleted row's ids, dates and
 *   flags (no text or amounts: no names, addresses or money), which the scope rules are evaluated against for
 *   each reader.
 */
export class RecordChangesForSync extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function touch_updated_at() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and new.updated_at is not distinct from old.updated_at then
          new.updated_at := clock_timestamp();
        end if;
        new.updated_at := date_trunc('milliseconds', coalesce(new.updated_at, clock_timestamp()));
        return new;
      end $$;`);
    this.addSql(`do $$
      declare t text;
      begin
        for t in select c.table_name from information_schema.columns c
                 join information_schema.tables s on s.table_schema = c.table_schema and s.table_name = c.table_name
                 where c.table_schema = 'public' and c.column_name = 'updated_at' and s.table_type = 'BASE TABLE'
        loop
          -- The audit log is read-only, and written at the application's millisecond precision.
          if t <> 'audit_event' then
            execute format('update %I set updated_at = date_trunc(''milliseconds'', updated_at) where updated_at <> date_trunc(''milliseconds'', updated_at)', t);
          end if;
          execute format('create trigger touch_updated_at before insert or update on %I for each row execute function touch_updated_at()', t);
        end loop;
      end $$;`);

    this.addSql(`create table "deletion" (
      "seq" bigint generated always as identity primary key,
      "entity_type" text not null,
      "entity_id" uuid not null,
      "deleted_at" timestamptz not null,
      "scope" jsonb not null,
      "transaction_id" bigint not null default txid_current()
    );`);
    this.addSql(
      'create index "deletion_deleted_at_seq_index" on "deletion" ("deleted_at", "seq");',
    );
    this.addSql(
      'create index "deletion_transaction_id_index" on "deletion" ("transaction_id", "entity_type");',
    );
    // The deleted row's ids, dates and flags only: they are what scope rules look at; names,
    // emails, notes and amounts stay deleted.
    this.addSql(`create function record_deletion() returns trigger language plpgsql as $$
      declare kept text[];
      begin
        select array_agg(a.attname::text) into kept from pg_attribute a
        where a.attrelid = tg_relid and a.attnum > 0 and not a.attisdropped
          and a.atttypid in ('uuid'::regtype, 'date'::regtype, 'timestamptz'::regtype, 'timestamp'::regtype, 'bool'::regtype);
        insert into deletion (entity_type, entity_id, deleted_at, scope)
        select tg_argv[0], old.id, date_trunc('milliseconds', clock_timestamp()),
          coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
        from jsonb_each(to_jsonb(old)) where key = any(kept);
        return old;
      end $$;`);
    for (const [table, entity] of Object.entries(SYNCED_TABLES)) {
      this.addSql(
        `create trigger record_deletion after delete on "${table}" for each row execute function record_deletion('${entity}');`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(SYNCED_TABLES)) {
      this.addSql(`drop trigger if exists record_deletion on "${table}";`);
    }
    this.addSql('drop function if exists record_deletion();');
    this.addSql('drop table if exists "deletion";');
    this.addSql(`do $$
      declare t text;
      begin
        for t in select event_object_table from information_schema.triggers
                 where trigger_name = 'touch_updated_at' and event_object_schema = 'public'
        loop
          execute format('drop trigger if exists touch_updated_at on %I', t);
        end loop;
      end $$;`);
    this.addSql('drop function if exists touch_updated_at();');
  }
}
