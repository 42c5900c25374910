import { Migration } from '@mikro-orm/migrations';

/**
 * TRUNCATE fires no row trigger, so the audit log's read-only trigger (AuditLogReadOnly) let it
 * empty the table: a statement trigger refuses it too.
 */
export class Migration20261206053000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_read_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists audit_event_no_truncate on "audit_event";');
  }
}
