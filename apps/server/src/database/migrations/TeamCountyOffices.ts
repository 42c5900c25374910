import { Migration } from '@mikro-orm/migrations';

/**
 * The county offices each team is in (entity TeamCountyOffice): its lead LEA's and its member
 * LEAs', kept by triggers in the transaction of every write that changes them. A liaison's rule
 * asks for the teams of their county offices. Stated as "lead LEA in the county, or a member LEA
 * in it" over joins, PostgreSQL could only join every team to its lead LEA and then filter,
 * hashing every organization of the state on each read (109,000 rows in the statewide
 * benchmark's S10). From this table the county's teams are one index range.
 *
 * Triggers follow a team's lead LEA, its member LEAs (team_lea) and an LEA's county office; a
 * team or county office deleted takes its rows with it (foreign keys).
 */
export class TeamCountyOffices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "team_county_office" (
      "team_id" uuid not null references "team" ("id") on delete cascade,
      "county_office_id" uuid not null references "organization" ("id") on delete cascade,
      primary key ("team_id", "county_office_id"));`);
    this.addSql(
      'create index "team_county_office_county_office_id_team_id_index" on "team_county_office" ("county_office_id", "team_id");',
    );

    // A team's rows, recomputed from its lead LEA and member LEAs.
    this.addSql(`create function team_county_office_refresh(p_team uuid) returns void
      language plpgsql as $$
      begin
        delete from team_county_office where team_id = p_team;
        if not exists (select 1 from team where id = p_team) then
          return;
        end if;
        insert into team_county_office (team_id, county_office_id)
          select p_team, l.county_office_id from team t join organization l on l.id = t.lead_lea_id
            where t.id = p_team and l.county_office_id is not null
          union
          select p_team, l.county_office_id from team_lea tl join organization l on l.id = tl.lea_id
            where tl.team_id = p_team and l.county_office_id is not null;
      end $$;`);

    this.addSql(`create function team_county_office_on_team() returns trigger
      language plpgsql as $$
      begin
        perform team_county_office_refresh(new.id);
        return null;
      end $$;`);
    this.addSql(`create trigger team_county_office after insert or update of lead_lea_id on team
      for each row execute function team_county_office_on_team();`);

    this.addSql(`create function team_county_office_on_team_lea() returns trigger
      language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          perform team_county_office_refresh(old.team_id);
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.team_id is distinct from old.team_id) then
          perform team_county_office_refresh(new.team_id);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger team_county_office after insert or delete or update of team_id, lea_id
      on team_lea for each row execute function team_county_office_on_team_lea();`);

    // An LEA moved to another county office moves the teams it leads or is a member of.
    this.addSql(`create function team_county_office_on_lea_county() returns trigger
      language plpgsql as $$
      declare v_team uuid;
      begin
        for v_team in select id from team where lead_lea_id = new.id
            union select team_id from team_lea where lea_id = new.id loop
          perform team_county_office_refresh(v_team);
        end loop;
        return null;
      end $$;`);
    this.addSql(`create trigger team_county_office after update of county_office_id on organization
      for each row when (old.county_office_id is distinct from new.county_office_id)
      execute function team_county_office_on_lea_county();`);

    this.addSql(`insert into team_county_office (team_id, county_office_id)
      select t.id, l.county_office_id from team t join organization l on l.id = t.lead_lea_id
        where l.county_office_id is not null
      union
      select tl.team_id, l.county_office_id from team_lea tl join organization l on l.id = tl.lea_id
        where l.county_office_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger team_county_office on organization;');
    this.addSql('drop trigger team_county_office on team_lea;');
    this.addSql('drop trigger team_county_office on team;');
    this.addSql('drop function team_county_office_on_lea_county();');
    this.addSql('drop function team_county_office_on_team_lea();');
    this.addSql('drop function team_county_office_on_team();');
    this.addSql('drop function team_county_office_refresh(uuid);');
    this.addSql('drop table "team_county_office";');
  }
}
