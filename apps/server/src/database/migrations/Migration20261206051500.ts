import { Migration } from '@mikro-orm/migrations';

/**
 * Failed sign-ins are counted per client and email in the rate limiter's table
 * (accounts/sign-in-limits.ts), no longer on the account: an account's own counter and lock told
 * strangers that it exists and let them lock it.
 */
export class Migration20261206051500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" drop column "failed_sign_ins", drop column "locked_until";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "account" add column "failed_sign_ins" int not null default 0, add column "locked_until" timestamptz null;`,
    );
  }
}
