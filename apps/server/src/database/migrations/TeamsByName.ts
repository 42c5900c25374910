import { Migration } from '@mikro-orm/migrations';

/**
 * Teams in name order from an index, for the first page of a list sorted by name: staff's list
 * reads its page from the index instead of sorting every team of the state (9.7 → 1.0 ms at
 * S10), and a liaison's, when PostgreSQL plans it for their county, reads teams in order until
 * the page holds 50 they cover (docs/benchmark.md, session 18: a prepared statement's generic
 * plan may still join and sort).
 */
export class TeamsByName extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "team_name_id_index" on "team" ("name", "id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "team_name_id_index";');
  }
}
