import { Migration } from '@mikro-orm/migrations';

/**
 * Teams in name order from an index, for the first page of a list sorted by name (the liaison
 * dashboard): PostgreSQL reads teams in order and keeps those the viewer covers until the page
 * is full, instead of joining every team of the state with the county's and sorting them, a cost
 * that grew with the state's teams rather than with the page.
 */
export class TeamsByName extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "team_name_id_index" on "team" ("name", "id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "team_name_id_index";');
  }
}
