import { Migration } from '@mikro-orm/migrations';

export class Migration20261123094028 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reimbursement" add column "rejection_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "reimbursement" drop column "rejection_reason";`);
  }
}
