import { attendanceBy, attendanceRate, isProgramYear, Role, suppressSmallCount } from '@cei/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import { isStaff } from '../scope/rules.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Sql } from '../scope/statement-batch.js';
import type { Viewer } from '../scope/viewer.js';
import { Attendance } from './convening.entity.js';

@ObjectType({
  description:
    'Attendance counted over records: present, absent, excused, and the rate present / (present + absent), excused left out.',
})
export class AttendanceSummary {
  @Field(() => Int, { description: 'Records of members present.' })
  present: number;

  @Field(() => Int, { description: 'Records of members absent.' })
  absent: number;

  @Field(() => Int, { description: 'Records of excused absences (not part of the rate).' })
  excused: number;

  @Field(() => Int, { description: 'Every record, excused ones included.' })
  total: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'From 0 to 1: present / (present + absent); null when no one was present or absent.',
  })
  rate: number | null;
}

/** Records by status. */
export interface Counts {
  present: number;
  absent: number;
  excused: number;
}

/** What a group's records add up to, and how many people they are about. */
export interface Tally extends Counts {
  /** Distinct people behind the records: small groups are withheld from API partners. */
  people: number;
  /** Whether the viewer covers the team, read along (`ScopedData.coversTeamSql`). */
  covered: boolean;
}

/**
 * One key's tallies: over every team (what CEI staff see), and per team (what others see of
 * it: the teams they cover, or for API partners those of five people or more).
 */
export interface KeyTallies {
  all: Counts | null;
  byTeam: Map<string, Tally>;
}

export type SummaryLevel = 'team' | 'cohort' | 'convening';

/** A program year argument, checked: null (all years) or like "2019-20". */
export function programYearArgument(programYear: string | null | undefined): string | null {
  if (programYear == null) return null;
  if (!isProgramYear(programYear)) {
    throw InvalidInputError.field(
      'programYear',
      validationMessages.programYearInOrder({ example: '2019-20' }),
    );
  }
  return programYear;
}

interface TallyRow {
  key: string;
  team_id: string | null;
  present: number;
  absent: number;
  excused: number;
  people: number;
  /** Per team: whether the viewer covers it; null on rows over several teams. */
  covered: boolean | null;
}

export const placeholders = (keys: readonly string[]) => keys.map(() => '?').join(', ');

/** A tally's columns over `attendance a` joined to `membership m`: marks by status, people. */
export const TALLY_COLUMNS = `(count(*) filter (where a.status = 'PRESENT'))::int as present,
       (count(*) filter (where a.status = 'ABSENT'))::int as absent,
       (count(*) filter (where a.status = 'EXCUSED'))::int as excused,
       count(distinct m.person_id)::int as people`;

/** What the tallies' SQL needs of the scope layer (ScopedData, or a compiling scope). */
type TallyScope = Pick<ScopedData, 'viewer' | 'coversTeamSql'>;

/**
 * Each team's tally, from the tallies the database keeps with every attendance write (see
 * Migration20261206050000): a few rows per team whatever the number of records. Rows of
 * `team_id`, the counts, `people` and `covered`, for the teams `s.team_id` of which `teams` holds.
 */
async function keptTallies(
  scope: TallyScope,
  teams: Sql,
  programYear: string | null,
): Promise<Sql> {
  const year = (alias: string) => (programYear ? ` and ${alias}.program_year = ?` : '');
  const years = programYear ? [programYear] : [];
  const covered = await scope.coversTeamSql('s.team_id');
  return {
    sql: `select s.team_id,
       sum(s.present)::int as present, sum(s.absent)::int as absent, sum(s.excused)::int as excused,
       (select count(distinct p.person_id)::int from team_attendance_person p
        where p.team_id = s.team_id${year('p')}) as people,
       ${covered.sql} as covered
     from team_attendance_tally s
     where ${teams.sql}${year('s')}
     group by s.team_id`,
    params: [...years, ...covered.params, ...teams.params, ...years],
  };
}

/** Per team, of the teams whose `keyColumn` (their id, or their cohort) is one of the keys. */
async function teamTallies(
  data: ScopedData,
  keyColumn: 'id' | 'cohort_id',
  keys: readonly string[],
  programYear: string | null,
): Promise<TallyRow[]> {
  const tallies = await keptTallies(
    data,
    {
      sql: `s.team_id in (select id from team where ${keyColumn} in (${placeholders(keys)}))`,
      params: [...keys],
    },
    programYear,
  );
  return data.sqlRows<TallyRow>({
    sql: `select t.${keyColumn} as key, k.* from (${tallies.sql}) as k join team t on t.id = k.team_id`,
    params: tallies.params,
  });
}

/**
 * One team's tally as JSON (null without records), for an answer built in SQL
 * (graphql/computed-in-sql.ts) that holds a team's summary: `teamId` is the SQL of its id.
 */
export async function teamTallyJson(
  scope: TallyScope,
  teamId: string,
  programYear: string | null,
): Promise<Sql> {
  if (!seesAggregates(scope.viewer)) return { sql: 'null', params: [] };
  const tallies = await keptTallies(
    scope,
    { sql: `s.team_id = ${teamId}`, params: [] },
    programYear,
  );
  return {
    sql: `(select json_build_object('present', k.present, 'absent', k.absent, 'excused', k.excused,
       'people', k.people, 'covered', k.covered) from (${tallies.sql}) as k)`,
    params: tallies.params,
  };
}

/** A team's summary from its tally (null: no records), as the viewer may see it. */
export function discloseTeamTally(
  data: ScopedData,
  teamId: string,
  tally: Tally | null,
): AttendanceSummary | null {
  return discloseTallies(
    data,
    tally ? { all: tally, byTeam: new Map([[teamId, tally]]) } : { all: null, byTeam: new Map() },
  );
}

/** Per cohort over all its teams, from the cohort tallies: for viewers who see every team. */
function cohortTotals(
  data: ScopedData,
  keys: readonly string[],
  programYear: string | null,
): Promise<TallyRow[]> {
  return data.sqlRows<TallyRow>({
    sql: `select cohort_id as key, null as team_id, sum(present)::int as present,
       sum(absent)::int as absent, sum(excused)::int as excused, 0 as people, null as covered
     from cohort_attendance_tally
     where cohort_id in (${placeholders(keys)}) ${programYear ? 'and program_year = ?' : ''}
     group by cohort_id`,
    params: programYear ? [...keys, programYear] : [...keys],
  });
}

/** Per convening and team, from the records themselves: one convening's records are few. */
async function conveningTallies(
  data: ScopedData,
  keys: readonly string[],
  programYear: string | null,
): Promise<TallyRow[]> {
  const covered = await data.coversTeamSql('m.team_id');
  return data.sqlRows<TallyRow>({
    sql: `select a.convening_id as key, m.team_id,
       ${TALLY_COLUMNS}, ${covered.sql} as covered
     from attendance a
     join membership m on m.id = a.membership_id
     join convening c on c.id = a.convening_id
     where a.convening_id in (${placeholders(keys)}) ${programYear ? 'and c.program_year = ?' : ''}
     group by a.convening_id, m.team_id`,
    params: [...covered.params, ...keys, ...(programYear ? [programYear] : [])],
  });
}

/** Whether the viewer sees a key's records over every team (and so needs no per-team split). */
function seesEveryTeam(viewer: Viewer): boolean {
  return isStaff(viewer) || viewer.via === 'system';
}

/**
 * Attendance counts per team, cohort or convening (the aggregate tier; who may see which part is
 * decided by `discloseTallies`). One statement answers every key asked for at one request level.
 */
function tallies(
  data: ScopedData,
  level: SummaryLevel,
  programYear: string | null,
  key: string,
): Promise<KeyTallies> {
  const overAllTeams = level === 'cohort' && seesEveryTeam(data.viewer);
  const loader = data.batchLoader<KeyTallies>(
    `attendanceTallies:${level}:${overAllTeams}:${programYear ?? ''}`,
    async (keys) => {
      const rows = overAllTeams
        ? await cohortTotals(data, keys, programYear)
        : level === 'convening'
          ? await conveningTallies(data, keys, programYear)
          : await teamTallies(data, level === 'team' ? 'id' : 'cohort_id', keys, programYear);
      const result = new Map<string, KeyTallies>(
        keys.map((id) => [id, { all: null, byTeam: new Map() }]),
      );
      for (const row of rows) {
        const entry = result.get(row.key);
        if (!entry) continue;
        entry.all = add(entry.all, row);
        if (row.team_id) {
          entry.byTeam.set(row.team_id, {
            present: row.present,
            absent: row.absent,
            excused: row.excused,
            people: row.people,
            covered: row.covered === true,
          });
        }
      }
      return keys.map((id) => result.get(id) as KeyTallies);
    },
  );
  return loader.load(key);
}

function summaryOf(tally: Counts | null): AttendanceSummary | null {
  if (!tally) return null;
  const total = tally.present + tally.absent + tally.excused;
  if (total === 0) return null;
  return {
    present: tally.present,
    absent: tally.absent,
    excused: tally.excused,
    total,
    rate: attendanceRate(tally),
  };
}

function add(a: Counts | null, b: Counts): Counts {
  return {
    present: (a?.present ?? 0) + b.present,
    absent: (a?.absent ?? 0) + b.absent,
    excused: (a?.excused ?? 0) + b.excused,
  };
}

/** Whether the viewer may see attendance aggregates at all: the public may not. */
function seesAggregates(viewer: Viewer): boolean {
  return viewer.via === 'system' || viewer.role !== null;
}

/**
 * A team's, cohort's or convening's attendance as the viewer may see it (domain.md, aggregate
 * tier): CEI staff all of it; API partners that of the teams with five or more people behind
 * their part (null when none); liaisons, CBO partners and team leads only the teams they cover, so a cohort or
 * convening summary is theirs over those teams (null when they cover none); the public nothing.
 */
export async function discloseSummary(
  data: ScopedData,
  level: SummaryLevel,
  key: string,
  programYear: string | null,
): Promise<AttendanceSummary | null> {
  if (!seesAggregates(data.viewer)) return null;
  return discloseTallies(data, await tallies(data, level, programYear, key));
}

/** One key's tallies as the viewer may see them, by the rules of `discloseSummary`. */
export function discloseTallies(data: ScopedData, counted: KeyTallies): AttendanceSummary | null {
  const { viewer } = data;
  if (!seesAggregates(viewer)) return null;
  if (isStaff(viewer) || viewer.via === 'system') return summaryOf(counted.all);
  // API partners: only the teams of five or more people, since a total that included a withheld
  // team, less the teams shown, would give it away. Others: the teams they cover.
  let shown: Counts | null = null;
  for (const tally of counted.byTeam.values()) {
    const disclosed =
      viewer.role === Role.API_PARTNER ? suppressSmallCount(tally.people) !== null : tally.covered;
    if (disclosed) shown = add(shown, tally);
  }
  return summaryOf(shown);
}

/**
 * A member's own attendance (protected tier): counted over the records the viewer may read, so
 * CEI staff, the member's team lead and the member themself see it, and everyone else null.
 */
export function membershipSummary(
  data: ScopedData,
  membershipId: string,
  programYear: string | null,
): Promise<AttendanceSummary | null> {
  const loader = data.batchLoader<AttendanceSummary | null>(
    `membershipAttendance:${programYear ?? ''}`,
    async (membershipIds) => {
      const records = await data.em.find(Attendance, {
        membership: { $in: [...membershipIds] },
        ...(programYear ? { convening: { programYear } } : {}),
      });
      const tallied = attendanceBy(records, (record) => record.membership.id);
      return membershipIds.map((id) => {
        const tally = tallied.get(id);
        return tally ? summaryOf(tally) : null;
      });
    },
  );
  return loader.load(membershipId);
}
