import { attendanceBy, attendanceRate, isProgramYear, Role, suppressSmallCount } from '@cei/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import { isStaff } from '../scope/rules.js';
import type { ScopedData } from '../scope/scoped-data.js';
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

/** What a group's records add up to, and how many people they are about. */
export interface Tally {
  present: number;
  absent: number;
  excused: number;
  /** Distinct people behind the records: small groups are withheld from API partners. */
  people: number;
}

/** One key's tallies: over every team (exact people count), and per team. */
export interface KeyTallies {
  all: Tally | null;
  byTeam: Map<string, Tally>;
}

export type SummaryLevel = 'team' | 'cohort' | 'convening';

const KEY_COLUMN: Record<SummaryLevel, string> = {
  team: 't.id',
  cohort: 't.cohort_id',
  convening: 'a.convening_id',
};

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

/**
 * Attendance counts per team, cohort or convening, over all records (the aggregate tier; who may
 * see which part is decided by `discloseSummary`). One grouped statement answers every key asked
 * for at one request level, with a row per key and team plus a row per key over all its teams.
 */
function tallies(
  data: ScopedData,
  level: SummaryLevel,
  programYear: string | null,
  key: string,
): Promise<KeyTallies> {
  const loader = data.batchLoader<KeyTallies>(
    `attendanceTallies:${level}:${programYear ?? ''}`,
    async (keys) => {
      const column = KEY_COLUMN[level];
      const rows: {
        key: string;
        team_id: string | null;
        all_teams: number;
        present: number;
        absent: number;
        excused: number;
        people: number;
      }[] = await data.em.getConnection().execute(
        `select ${column} as key, m.team_id, grouping(m.team_id) as all_teams,
           (count(*) filter (where a.status = 'PRESENT'))::int as present,
           (count(*) filter (where a.status = 'ABSENT'))::int as absent,
           (count(*) filter (where a.status = 'EXCUSED'))::int as excused,
           count(distinct m.person_id)::int as people
         from attendance a
         join membership m on m.id = a.membership_id
         join team t on t.id = m.team_id
         join convening c on c.id = a.convening_id
         where ${column} in (${keys.map(() => '?').join(', ')})
           ${programYear ? 'and c.program_year = ?' : ''}
         group by grouping sets ((${column}, m.team_id), (${column}))`,
        programYear ? [...keys, programYear] : [...keys],
      );
      const result = new Map<string, KeyTallies>(
        keys.map((id) => [id, { all: null, byTeam: new Map() }]),
      );
      for (const row of rows) {
        const entry = result.get(row.key);
        if (!entry) continue;
        const tally = {
          present: row.present,
          absent: row.absent,
          excused: row.excused,
          people: row.people,
        };
        if (Number(row.all_teams) === 1) entry.all = tally;
        else if (row.team_id) entry.byTeam.set(row.team_id, tally);
      }
      return keys.map((id) => result.get(id) as KeyTallies);
    },
  );
  return loader.load(key);
}

function summaryOf(tally: Tally | null): AttendanceSummary | null {
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

function add(a: Tally | null, b: Tally): Tally {
  return a
    ? {
        present: a.present + b.present,
        absent: a.absent + b.absent,
        excused: a.excused + b.excused,
        people: a.people + b.people,
      }
    : b;
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
export async function discloseTallies(
  data: ScopedData,
  counted: KeyTallies,
): Promise<AttendanceSummary | null> {
  const { viewer } = data;
  if (!seesAggregates(viewer)) return null;
  if (isStaff(viewer) || viewer.via === 'system') return summaryOf(counted.all);
  // API partners: only the teams of five or more people, since a total that included a withheld
  // team, less the teams shown, would give it away. Others: the teams they cover.
  let shown: Tally | null = null;
  for (const [teamId, tally] of counted.byTeam) {
    const disclosed =
      viewer.role === Role.API_PARTNER
        ? suppressSmallCount(tally.people) !== null
        : await data.coversTeam(teamId);
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
        return tally ? summaryOf({ ...tally, people: 1 }) : null;
      });
    },
  );
  return loader.load(membershipId);
}
