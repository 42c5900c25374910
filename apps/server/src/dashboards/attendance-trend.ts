import {
  discloseTallies,
  discloseTeamTally,
  type KeyTallies,
  placeholders,
  TALLY_COLUMNS,
  type Tally,
} from '../convenings/attendance-summary.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { ConveningAttendance } from './dashboard.types.js';

interface ConveningTallies extends KeyTallies {
  conveningId: string;
  startsAt: Date;
}

/**
 * A cohort's attendance at each of its convenings, oldest first: the records of its own teams'
 * members at the convenings held for it (a convening shared with another cohort counts each
 * cohort's members in that cohort's line). Counted in one grouped statement for every cohort of a
 * request level, per convening and team and per convening over all teams, then disclosed by the
 * rules of the attendance summaries (`discloseTallies`): convenings with nothing to show are left
 * out.
 */
export async function attendanceTrend(
  data: ScopedData,
  cohortId: string,
  programYear: string | null,
): Promise<ConveningAttendance[]> {
  const convenings = await data.batch(
    `attendanceTrend:${programYear ?? ''}`,
    cohortId,
    (cohortIds) => loadTrends(data, cohortIds, programYear),
  );
  return convenings.flatMap((counted) => pointOf(counted, discloseTallies(data, counted)));
}

/**
 * One team's attendance at each convening of its cohort, oldest first: its own members' records,
 * counted as the cohort's trend counts them and disclosed by the same rules as if the team were
 * the whole cohort (staff; API partners when five or more people are behind it; those who cover
 * the team). Rates only, never a member's marks.
 */
export async function teamAttendanceTrend(
  data: ScopedData,
  team: { id: string; cohortId: string },
  programYear: string | null,
): Promise<ConveningAttendance[]> {
  const convenings = await data.batch(
    `attendanceTrend:${programYear ?? ''}`,
    team.cohortId,
    (cohortIds) => loadTrends(data, cohortIds, programYear),
  );
  return convenings.flatMap((counted) => {
    const tally = counted.byTeam.get(team.id);
    if (!tally) return [];
    return pointOf(counted, discloseTeamTally(data, team.id, tally));
  });
}

/** A convening's point of a trend, or none when its summary is not disclosed. */
function pointOf(
  counted: ConveningTallies,
  attendanceSummary: ConveningAttendance['attendanceSummary'] | null,
): ConveningAttendance[] {
  if (!attendanceSummary) return [];
  return [
    Object.assign(new ConveningAttendance(), {
      conveningId: counted.conveningId,
      attendanceSummary,
    }),
  ];
}

async function loadTrends(
  data: ScopedData,
  cohortIds: readonly string[],
  programYear: string | null,
): Promise<ConveningTallies[][]> {
  // Through the request's statement batch, with the other reads of this turn (values as JSON).
  const covered = await data.coversTeamSql('m.team_id');
  const rows = await data.sqlRows<{
    cohort_id: string;
    convening_id: string;
    starts_at: string;
    team_id: string | null;
    all_teams: number;
    present: number;
    absent: number;
    excused: number;
    people: number;
    covered: boolean | null;
  }>({
    sql: `select t.cohort_id, a.convening_id, min(c.starts_at) as starts_at,
       m.team_id, grouping(m.team_id) as all_teams,
       ${TALLY_COLUMNS}, ${covered.sql} as covered
     from attendance a
     join membership m on m.id = a.membership_id
     join team t on t.id = m.team_id
     join convening c on c.id = a.convening_id
     join convening_cohort cc on cc.convening_id = c.id and cc.cohort_id = t.cohort_id
     where t.cohort_id in (${placeholders(cohortIds)})
       ${programYear ? 'and c.program_year = ?' : ''}
     group by grouping sets ((t.cohort_id, a.convening_id, m.team_id), (t.cohort_id, a.convening_id))
     order by t.cohort_id, starts_at, a.convening_id`,
    params: [...covered.params, ...cohortIds, ...(programYear ? [programYear] : [])],
  });
  const byCohort = new Map<string, Map<string, ConveningTallies>>(
    cohortIds.map((id) => [id, new Map()]),
  );
  for (const row of rows) {
    const convenings = byCohort.get(row.cohort_id);
    if (!convenings) continue;
    let entry = convenings.get(row.convening_id);
    if (!entry) {
      entry = {
        conveningId: row.convening_id,
        startsAt: new Date(row.starts_at),
        all: null,
        byTeam: new Map(),
      };
      convenings.set(row.convening_id, entry);
    }
    const tally: Tally = {
      present: row.present,
      absent: row.absent,
      excused: row.excused,
      people: row.people,
      covered: row.covered === true,
    };
    if (Number(row.all_teams) === 1) entry.all = tally;
    else if (row.team_id) entry.byTeam.set(row.team_id, tally);
  }
  return cohortIds.map((id) =>
    [...(byCohort.get(id)?.values() ?? [])].sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
    ),
  );
}
