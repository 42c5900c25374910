import { Migration } from '@mikro-orm/migrations';

/**
 * Attendance tallies kept by the database in the transaction of every write that changes them,
 * so summaries per team and cohort read a few tally rows instead of every attendance record:
 * - `team_attendance_tally`: present, absent and excused records per team and program year;
 * - `team_attendance_person`: records per team, program year and person (how many people are
 *   behind a team's figures: small groups are withheld from API partners);
 * - `cohort_attendance_tally`: the same per cohort (the team's) and program year.
 * Triggers follow attendance rows (insert, update, delete), a convening's program year, a
 * membership's team or person and a team's cohort. Deleting a convening or membership deletes
 * its attendance first (before the row goes), so the tallies are taken down with it.
 */
export class Migration20261206050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "team_attendance_tally" (
      "team_id" uuid not null references "team" ("id") on delete cascade,
      "program_year" text not null,
      "present" int not null, "absent" int not null, "excused" int not null,
      primary key ("team_id", "program_year"));`);
    this.addSql(`create table "team_attendance_person" (
      "team_id" uuid not null references "team" ("id") on delete cascade,
      "program_year" text not null,
      "person_id" uuid not null,
      "records" int not null,
      primary key ("team_id", "program_year", "person_id"));`);
    this.addSql(`create table "cohort_attendance_tally" (
      "cohort_id" uuid not null references "cohort" ("id") on delete cascade,
      "program_year" text not null,
      "present" int not null, "absent" int not null, "excused" int not null,
      primary key ("cohort_id", "program_year"));`);

    // Adds `delta` records of `status` for a member (team, person) in a program year.
    this.addSql(`create function attendance_tally_apply(
        p_team uuid, p_person uuid, p_year text, p_status text, p_delta int) returns void
      language plpgsql as $$
      declare
        v_present int := case when p_status = 'PRESENT' then p_delta else 0 end;
        v_absent int := case when p_status = 'ABSENT' then p_delta else 0 end;
        v_excused int := case when p_status = 'EXCUSED' then p_delta else 0 end;
        v_cohort uuid := (select cohort_id from team where id = p_team);
      begin
        insert into team_attendance_tally as t values (p_team, p_year, v_present, v_absent, v_excused)
          on conflict (team_id, program_year) do update set present = t.present + excluded.present,
            absent = t.absent + excluded.absent, excused = t.excused + excluded.excused;
        delete from team_attendance_tally where team_id = p_team and program_year = p_year
          and present = 0 and absent = 0 and excused = 0;
        insert into team_attendance_person as t values (p_team, p_year, p_person, p_delta)
          on conflict (team_id, program_year, person_id) do update set records = t.records + excluded.records;
        delete from team_attendance_person where team_id = p_team and program_year = p_year
          and person_id = p_person and records = 0;
        if v_cohort is not null then
          insert into cohort_attendance_tally as t values (v_cohort, p_year, v_present, v_absent, v_excused)
            on conflict (cohort_id, program_year) do update set present = t.present + excluded.present,
              absent = t.absent + excluded.absent, excused = t.excused + excluded.excused;
          delete from cohort_attendance_tally where cohort_id = v_cohort and program_year = p_year
            and present = 0 and absent = 0 and excused = 0;
        end if;
      end $$;`);

    // One attendance record in or out of the tallies.
    this.addSql(`create function attendance_tally_record(
        p_convening uuid, p_membership uuid, p_status text, p_delta int) returns void
      language plpgsql as $$
      declare
        v_team uuid; v_person uuid; v_year text;
      begin
        select team_id, person_id into v_team, v_person from membership where id = p_membership;
        select program_year into v_year from convening where id = p_convening;
        if v_team is not null and v_year is not null then
          perform attendance_tally_apply(v_team, v_person, v_year, p_status, p_delta);
        end if;
      end $$;`);

    this.addSql(`create function attendance_tally_on_attendance() returns trigger
      language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          perform attendance_tally_record(old.convening_id, old.membership_id, old.status, -1);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          perform attendance_tally_record(new.convening_id, new.membership_id, new.status, 1);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger attendance_tally after insert or delete or update of
      convening_id, membership_id, status on attendance
      for each row execute function attendance_tally_on_attendance();`);

    // A convening or membership takes its attendance (and so its tallies) down first.
    this.addSql(`create function attendance_tally_before_owner_delete() returns trigger
      language plpgsql as $$
      begin
        if tg_table_name = 'convening' then
          delete from attendance where convening_id = old.id;
        else
          delete from attendance where membership_id = old.id;
        end if;
        return old;
      end $$;`);
    this.addSql(`create trigger attendance_tally_before_delete before delete on convening
      for each row execute function attendance_tally_before_owner_delete();`);
    this.addSql(`create trigger attendance_tally_before_delete before delete on membership
      for each row execute function attendance_tally_before_owner_delete();`);

    // A convening moved to another program year, or a membership to another team or person:
    // its records move between tallies. A team moved to another cohort: its tallies move.
    this.addSql(`create function attendance_tally_on_convening_year() returns trigger
      language plpgsql as $$
      declare r record;
      begin
        for r in select m.team_id, m.person_id, a.status from attendance a
            join membership m on m.id = a.membership_id where a.convening_id = new.id loop
          perform attendance_tally_apply(r.team_id, r.person_id, old.program_year, r.status, -1);
          perform attendance_tally_apply(r.team_id, r.person_id, new.program_year, r.status, 1);
        end loop;
        return null;
      end $$;`);
    this.addSql(`create trigger attendance_tally_program_year after update of program_year on convening
      for each row when (old.program_year is distinct from new.program_year)
      execute function attendance_tally_on_convening_year();`);
    this.addSql(`create function attendance_tally_on_membership_owner() returns trigger
      language plpgsql as $$
      declare r record;
      begin
        for r in select c.program_year, a.status from attendance a
            join convening c on c.id = a.convening_id where a.membership_id = new.id loop
          perform attendance_tally_apply(old.team_id, old.person_id, r.program_year, r.status, -1);
          perform attendance_tally_apply(new.team_id, new.person_id, r.program_year, r.status, 1);
        end loop;
        return null;
      end $$;`);
    this.addSql(`create trigger attendance_tally_member after update of team_id, person_id on membership
      for each row when (old.team_id is distinct from new.team_id or old.person_id is distinct from new.person_id)
      execute function attendance_tally_on_membership_owner();`);
    this.addSql(`create function attendance_tally_on_team_cohort() returns trigger
      language plpgsql as $$
      declare r record;
      begin
        for r in select program_year, present, absent, excused from team_attendance_tally
            where team_id = new.id loop
          insert into cohort_attendance_tally as t
            values (old.cohort_id, r.program_year, -r.present, -r.absent, -r.excused)
            on conflict (cohort_id, program_year) do update set present = t.present + excluded.present,
              absent = t.absent + excluded.absent, excused = t.excused + excluded.excused;
          insert into cohort_attendance_tally as t
            values (new.cohort_id, r.program_year, r.present, r.absent, r.excused)
            on conflict (cohort_id, program_year) do update set present = t.present + excluded.present,
              absent = t.absent + excluded.absent, excused = t.excused + excluded.excused;
        end loop;
        delete from cohort_attendance_tally where cohort_id = old.cohort_id
          and present = 0 and absent = 0 and excused = 0;
        return null;
      end $$;`);
    this.addSql(`create trigger attendance_tally_team_cohort after update of cohort_id on team
      for each row when (old.cohort_id is distinct from new.cohort_id)
      execute function attendance_tally_on_team_cohort();`);

    // Recomputes every tally from the records: the backfill below, and a repair after a bulk
    // load that ran with triggers off (the statewide benchmark's loader).
    this.addSql(`create function attendance_tallies_rebuild() returns void
      language sql as $$
      truncate team_attendance_tally, team_attendance_person, cohort_attendance_tally;
      insert into team_attendance_tally
        select m.team_id, c.program_year,
          (count(*) filter (where a.status = 'PRESENT'))::int,
          (count(*) filter (where a.status = 'ABSENT'))::int,
          (count(*) filter (where a.status = 'EXCUSED'))::int
        from attendance a join membership m on m.id = a.membership_id
        join convening c on c.id = a.convening_id group by 1, 2;
      insert into team_attendance_person
        select m.team_id, c.program_year, m.person_id, count(*)::int
        from attendance a join membership m on m.id = a.membership_id
        join convening c on c.id = a.convening_id group by 1, 2, 3;
      insert into cohort_attendance_tally
        select t.cohort_id, s.program_year, sum(s.present)::int, sum(s.absent)::int, sum(s.excused)::int
        from team_attendance_tally s join team t on t.id = s.team_id group by 1, 2;
      $$;`);
    this.addSql('select attendance_tallies_rebuild();');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger attendance_tally_team_cohort on team;');
    this.addSql('drop trigger attendance_tally_member on membership;');
    this.addSql('drop trigger attendance_tally_program_year on convening;');
    this.addSql('drop trigger attendance_tally_before_delete on membership;');
    this.addSql('drop trigger attendance_tally_before_delete on convening;');
    this.addSql('drop trigger attendance_tally on attendance;');
    this.addSql(`drop function attendance_tally_on_team_cohort(), attendance_tally_on_membership_owner(),
      attendance_tally_on_convening_year(), attendance_tally_before_owner_delete(),
      attendance_tally_on_attendance(), attendance_tally_record(uuid, uuid, text, int),
      attendance_tally_apply(uuid, uuid, text, text, int), attendance_tallies_rebuild();`);
    this.addSql(
      'drop table "cohort_attendance_tally", "team_attendance_person", "team_attendance_tally";',
    );
  }
}
