import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log is append-only in the database itself: whatever the application does, an update
 * or delete of an audit_event row fails.
 */
export class AuditLogReadOnly extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_event_read_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the audit log is read-only' using errcode = 'insufficient_privilege';
      end;
    $$;`);
    this.addSql(`create trigger audit_event_read_only before update or delete on "audit_event"
      for each row execute function audit_event_read_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists audit_event_read_only on "audit_event";');
    this.addSql('drop function if exists audit_event_read_only();');
  }
}
