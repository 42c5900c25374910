import { Migration } from '@mikro-orm/migrations';

/**
 * Each team's name beside its county offices in `team_county_office`, kept by the same triggers,
 * with an index in name order per county office: a one-county liaison's teams by name are then
 * one index range read in order, 50 rows for the dashboard's first page, and their count an
 * index-only count, instead of every team of the county read, joined and sorted (the page took
 * 3.9 ms of the dashboard's 12 at S10, the count 1.9; docs/benchmark.md, session 20).
 */
export class TeamNamesByCountyOffice extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "team_county_office" add column "team_name" text;');
    this.addSql(`update team_county_office k set team_name = t.name from team t
      where t.id = k.team_id;`);
    this.addSql('alter table "team_county_office" alter column "team_name" set not null;');
    this.addSql(
      'create index "team_county_office_county_office_id_team_name_index" on "team_county_office" ("county_office_id", "team_name", "team_id");',
    );
    this.addSql(refresh(true));
    // A renamed team is refreshed as a moved one is.
    this.addSql('drop trigger team_county_office on team;');
    this.addSql(`create trigger team_county_office after insert or update of lead_lea_id, name
      on team for each row execute function team_county_office_on_team();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger team_county_office on team;');
    this.addSql(`create trigger team_county_office after insert or update of lead_lea_id on team
      for each row execute function team_county_office_on_team();`);
    this.addSql(refresh(false));
    this.addSql('drop index "team_county_office_county_office_id_team_name_index";');
    this.addSql('alter table "team_county_office" drop column "team_name";');
  }
}

/** A team's rows, recomputed from its lead LEA and member LEAs (with its name, or without). */
function refresh(withName: boolean): string {
  const columns = withName ? 'team_id, county_office_id, team_name' : 'team_id, county_office_id';
  const name = withName ? ', t.name' : '';
  return `create or replace function team_county_office_refresh(p_team uuid) returns void
    language plpgsql as $$
    begin
      delete from team_county_office where team_id = p_team;
      insert into team_county_office (${columns})
        select p_team, l.county_office_id${name} from team t join organization l on l.id = t.lead_lea_id
          where t.id = p_team and l.county_office_id is not null
        union
        select p_team, l.county_office_id${name} from team_lea tl
          join team t on t.id = tl.team_id join organization l on l.id = tl.lea_id
          where tl.team_id = p_team and l.county_office_id is not null;
    end $$;`;
}
