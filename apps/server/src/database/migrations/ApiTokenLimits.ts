import { Migration } from '@mikro-orm/migrations';

/** Request and cost budgets an admin may set per API token (null: the configured default). */
export class ApiTokenLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table "api_token" add column "request_limit" int null, add column "cost_limit" int null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "api_token" drop column "request_limit", drop column "cost_limit";');
  }
}
