import { todayInPacific } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

// Statements are counted here: one budget window for the file, and no budget in the way.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

type ViewerName = keyof DemoViewers | 'public';
const VIEWERS: ViewerName[] = ['staff', 'liaison', 'partner', 'lead', 'api', 'public'];

let viewers: DemoViewers;
const client = (name: ViewerName): GraphqlClient =>
  name === 'public' ? context.server.anonymous : viewers[name];

const { sql } = context;

async function run<T>(name: ViewerName, query: string, variables = {}): Promise<T> {
  const { data, errors } = await client(name).graphql<T>(query, variables);
  if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
  return data as T;
}

const ids = {
  cohortI: '',
  cohortII: '',
  riverside: '',
  azusa: '',
  /** A Cohort II consortium led from Kern County, with two member LEAs in Riverside County. */
  consortium: '',
  /** Cohort I, 2020-21: three of Azusa's members only (too few for API partners). */
  fewConvening: '',
  /** Held for Cohorts I and II: Azusa's and Riverside Unified's members attend. */
  sharedConvening: '',
};

/** The teams each viewer covers, from the tables (the specification's definition, in SQL). */
const covered: Record<ViewerName, Set<string> | 'all'> = {
  staff: 'all',
  liaison: new Set(),
  partner: new Set(),
  lead: new Set(),
  api: new Set(),
  public: new Set(),
};

const idSet = async (query: string, params: unknown[] = []) =>
  new Set((await sql<{ id: string }>(query, params)).map((row) => row.id));

/** The teams as a PostgreSQL array literal for `?::uuid[]`; null for every team. */
const teamList = (teams: Set<string> | 'all') =>
  teams === 'all' ? null : `{${[...teams].join(',')}}`;

async function graphqlAsAdmin<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await context.server.graphql<T>(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return data as T;
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const cohorts = await sql<{ id: string }>('select id from cohort order by number');
  ids.cohortI = cohorts[0]?.id ?? '';
  ids.cohortII = cohorts[1]?.id ?? '';
  [ids.riverside] = [
    ...(await idSet(
      "select id from organization where kind = 'COUNTY_OFFICE' and county_code = '33'",
    )),
  ] as [string];
  [ids.azusa] = [...(await idSet("select id from team where name like 'Azusa%'"))] as [string];
  // A consortium covered by the liaison only through its member LEAs: the scope rule joins
  // each member LEA, so a careless count would count its rows twice.
  const lea = async (name: string, countyOfficeId: string) =>
    (
      await graphqlAsAdmin<{ createOrganization: { id: string } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { kind: 'LEA', name, countyOfficeId } },
      )
    ).createOrganization.id;
  const [kern] = [
    ...(await idSet(
      "select id from organization where kind = 'COUNTY_OFFICE' and county_code = '15'",
    )),
  ] as [string];
  const leadLea = await lea('Demo Mojave Unified', kern);
  const members = [
    await lea('Demo Palm Valley Unified', ids.riverside),
    await lea('Demo Desert Springs Unified', ids.riverside),
  ];
  ids.consortium = (
    await graphqlAsAdmin<{ createTeam: { id: string } }>(
      'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      {
        input: {
          cohortId: ids.cohortII,
          leadLeaId: leadLea,
          memberLeaIds: members,
          name: 'Demo Desert Consortium',
          joinedOn: '2021-01-21',
        },
      },
    )
  ).createTeam.id;
  await graphqlAsAdmin(
    'mutation ($input: CreateStipendInput!) { createStipend(input: $input) { id } }',
    { input: { teamId: ids.consortium, programYear: '2025-26', amount: '12345.67' } },
  );
  const [metric] = await sql<{ id: string }>(
    "select id from metric where key = 'family-survey-participation'",
  );
  for (const [periodStart, value, isBaseline] of [
    ['2021-07-01', 20, true],
    ['2022-07-01', 26.5, false],
  ] as const) {
    await graphqlAsAdmin(
      'mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }',
      {
        input: {
          teamId: ids.consortium,
          metricId: metric?.id,
          periodStart,
          periodEnd: `${Number(periodStart.slice(0, 4)) + 1}-06-30`,
          value,
          source: 'Test',
          isBaseline,
        },
      },
    );
  }

  covered.liaison = await idSet(
    `select t.id from team t join organization l on l.id = t.lead_lea_id where l.county_office_id = ?
     union select tl.team_id from team_lea tl join organization l on l.id = tl.lea_id where l.county_office_id = ?`,
    [ids.riverside, ids.riverside],
  );
  covered.partner = await idSet(
    `select distinct m.team_id as id from membership m join scope_binding b on b.organization_id = m.organization_id
     join account a on a.id = b.account_id where a.email = 'partner@example.org' and (m.ended_on is null or m.ended_on > ?)`,
    [todayInPacific(new Date())],
  );
  covered.lead = new Set([ids.azusa]);

  // Attendance beyond the demo's: a convening with three records, and one shared by two cohorts.
  const createConvening = async (input: Record<string, unknown>) =>
    (
      await graphqlAsAdmin<{ createConvening: { id: string } }>(
        'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }',
        { input },
      )
    ).createConvening.id;
  ids.fewConvening = await createConvening({
    cohortIds: [ids.cohortI],
    programYear: '2020-21',
    number: 1,
    modality: 'VIRTUAL',
    startsAt: '2020-09-24T16:00:00Z',
  });
  ids.sharedConvening = await createConvening({
    cohortIds: [ids.cohortI, ids.cohortII],
    programYear: '2021-22',
    number: 1,
    modality: 'VIRTUAL',
    startsAt: '2021-10-14T16:00:00Z',
  });
  const expected = async (id: string) =>
    (
      await graphqlAsAdmin<{
        convening: { expectedAttendees: { id: string; team: { id: string; name: string } }[] };
      }>('query ($id: ID!) { convening(id: $id) { expectedAttendees { id team { id name } } } }', {
        id,
      })
    ).convening.expectedAttendees;
  const record = (id: string, entries: { membershipId: string; status: string }[]) =>
    graphqlAsAdmin(
      'mutation ($id: ID!, $input: RecordAttendanceInput!) { recordAttendance(conveningId: $id, input: $input) { id } }',
      { id, input: { entries } },
    );
  await record(
    ids.fewConvening,
    (await expected(ids.fewConvening))
      .filter((member) => member.team.id === ids.azusa)
      .slice(0, 3)
      .map((member, index) => ({ membershipId: member.id, status: index ? 'PRESENT' : 'ABSENT' })),
  );
  await record(
    ids.sharedConvening,
    (await expected(ids.sharedConvening))
      .filter((member) => member.team.id === ids.azusa || member.team.name.startsWith('Riverside'))
      .map((member, index) => ({
        membershipId: member.id,
        status: ['PRESENT', 'PRESENT', 'ABSENT', 'EXCUSED'][index % 4] as string,
      })),
  );
});

describe('teams in scope', () => {
  it.each(VIEWERS)(
    'gives %s exactly the teams it covers, and the others when asked for',
    async (name) => {
      const { inScope, outOfScope } = await run<{
        inScope: { totalCount: number; nodes: { id: string }[] };
        outOfScope: { totalCount: number; nodes: { id: string }[] };
      }>(
        name,
        `{ inScope: teams(filter: { inScope: true }, limit: 100) { totalCount nodes { id } }
         outOfScope: teams(filter: { inScope: false }, limit: 100) { totalCount nodes { id } } }`,
      );
      const all = await idSet('select id from team');
      const mine = covered[name] === 'all' ? all : (covered[name] as Set<string>);
      expect(new Set(inScope.nodes.map((team) => team.id))).toEqual(mine);
      expect(inScope.totalCount).toBe(mine.size);
      expect(new Set(outOfScope.nodes.map((team) => team.id))).toEqual(
        new Set([...all].filter((id) => !mine.has(id))),
      );
      expect(outOfScope.totalCount).toBe(all.size - mine.size);
    },
  );

  it('counts the consortium covered through its member LEAs as the liaison’s, once', () => {
    expect(covered.liaison).toContain(ids.consortium);
    expect(covered.liaison).toHaveProperty('size', 4);
  });
});

describe('applications by status', () => {
  const QUERY = `query ($filter: ApplicationFilter) {
    applicationCounts(filter: $filter) { cohort { id } status count } }`;

  it('counts CEI staff every application per cohort and status, with the list’s filters', async () => {
    const truth = async (where = 'true') =>
      (
        await sql<{ cohort: string; status: string; count: number }>(
          `select cohort_id as cohort, status, count(*)::int as count from application
           where ${where} group by 1, 2`,
        )
      ).map((row) => ({ cohort: { id: row.cohort }, status: row.status, count: row.count }));
    const all = await run<{ applicationCounts: unknown[] }>('staff', QUERY);
    expect(all.applicationCounts).toEqual(expect.arrayContaining(await truth()));
    expect(all.applicationCounts).toHaveLength((await truth()).length);
    expect(all.applicationCounts.length).toBeGreaterThan(1);

    const late = await run<{ applicationCounts: unknown[] }>('staff', QUERY, {
      filter: { isLate: true },
    });
    expect(late.applicationCounts).toEqual(await truth('is_late'));
    expect(late.applicationCounts).toHaveLength(1);
  });

  it.each(['liaison', 'partner', 'lead', 'api'] as const)(
    'counts nothing for %s, who may read no application',
    async (name) => {
      const { applicationCounts } = await run<{ applicationCounts: unknown[] }>(name, QUERY);
      expect(applicationCounts).toEqual([]);
    },
  );

  it('refuses the public', async () => {
    const { errors } = await context.server.anonymous.graphql(QUERY);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('stipends by status', () => {
  const QUERY = `query ($filter: StipendFilter) { stipendCounts(filter: $filter) { status count amount } }`;

  async function truth(teams: Set<string> | 'all', programYear?: string) {
    const list = teamList(teams);
    const rows = await sql<{ status: string; count: number; amount: string }>(
      `select status, count(*)::int as count, sum(amount)::text as amount from stipend
       where (?::uuid[] is null or team_id = any(?::uuid[])) and (?::text is null or program_year = ?)
       group by status order by status`,
      [list, list, programYear ?? null, programYear ?? null],
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount).toFixed(2) }));
  }

  it.each(['staff', 'liaison', 'partner', 'lead'] as const)(
    'counts and sums for %s the stipends of the teams it covers only',
    async (name) => {
      const { stipendCounts } = await run<{ stipendCounts: unknown[] }>(name, QUERY);
      const expected = await truth(covered[name]);
      expect(stipendCounts).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  it('counts a liaison’s consortium stipend once, and no other county’s', async () => {
    const { stipendCounts } = await run<{
      stipendCounts: { status: string; count: number; amount: string }[];
    }>('liaison', QUERY, { filter: { programYear: '2025-26' } });
    expect(stipendCounts).toEqual([{ status: 'PLANNED', count: 1, amount: '12345.67' }]);
    const everyCounty = await run<{ stipendCounts: { count: number }[] }>('staff', QUERY);
    const liaison = await run<{ stipendCounts: { count: number }[] }>('liaison', QUERY);
    const total = (counts: { count: number }[]) => counts.reduce((sum, row) => sum + row.count, 0);
    // This year's stipends of the three Riverside teams, and the consortium's.
    expect(total(liaison.stipendCounts)).toBe(4);
    expect(total(everyCounty.stipendCounts)).toBeGreaterThan(total(liaison.stipendCounts));
  });

  it('counts nothing for API partners, who may read no stipend', async () => {
    const { stipendCounts } = await run<{ stipendCounts: unknown[] }>('api', QUERY);
    expect(stipendCounts).toEqual([]);
  });

  it('refuses a malformed id in the filter, as the list does', async () => {
    const { errors } = await viewers.staff.graphql(QUERY, { filter: { teamIds: ['nope'] } });
    expect(errors?.[0]?.extensions?.fields?.[0]?.path).toBe('filter.teamIds');
  });
});

interface TrendPoint {
  convening: { id: string };
  attendanceSummary: {
    present: number;
    absent: number;
    excused: number;
    total: number;
    rate: number | null;
  };
}

describe('attendance trend per cohort', () => {
  const QUERY = `query ($id: ID!, $year: String) { cohort(id: $id) {
    attendanceTrend(programYear: $year) { convening { id startsAt }
      attendanceSummary { present absent excused total rate } } } }`;

  /** Per convening of the cohort, oldest first: its teams' records, over the teams given. */
  async function truth(cohortId: string, teams: Set<string> | 'all', minimumPeople = 0) {
    const list = teamList(teams);
    const rows = await sql<{
      convening: string;
      team: string;
      present: number;
      absent: number;
      excused: number;
      people: number;
    }>(
      `select c.id as convening, t.id as team,
         (count(*) filter (where a.status = 'PRESENT'))::int as present,
         (count(*) filter (where a.status = 'ABSENT'))::int as absent,
         (count(*) filter (where a.status = 'EXCUSED'))::int as excused,
         count(distinct m.person_id)::int as people
       from attendance a join membership m on m.id = a.membership_id join team t on t.id = m.team_id
       join convening c on c.id = a.convening_id
       join convening_cohort cc on cc.convening_id = c.id and cc.cohort_id = t.cohort_id
       where t.cohort_id = ? and (?::uuid[] is null or t.id = any(?::uuid[]))
       group by c.id, c.starts_at, t.id order by c.starts_at`,
      [cohortId, list, list],
    );
    const points = new Map<string, TrendPoint['attendanceSummary']>();
    for (const row of rows) {
      if (row.people < minimumPeople) continue;
      const point = points.get(row.convening) ?? {
        present: 0,
        absent: 0,
        excused: 0,
        total: 0,
        rate: null,
      };
      point.present += row.present;
      point.absent += row.absent;
      point.excused += row.excused;
      point.total += row.present + row.absent + row.excused;
      point.rate =
        point.present + point.absent ? point.present / (point.present + point.absent) : null;
      points.set(row.convening, point);
    }
    return [...points].map(([id, attendanceSummary]) => ({ convening: { id }, attendanceSummary }));
  }

  const trendOf = async (name: ViewerName, cohortId: string, year?: string) =>
    (
      await run<{ cohort: { attendanceTrend: TrendPoint[] } }>(name, QUERY, {
        id: cohortId,
        year,
      })
    ).cohort.attendanceTrend.map(({ convening, attendanceSummary }) => ({
      convening: { id: convening.id },
      attendanceSummary,
    }));

  it('gives CEI staff every convening of the cohort, oldest first, its own teams’ records only', async () => {
    const trend = await trendOf('staff', ids.cohortI);
    expect(trend).toEqual(await truth(ids.cohortI, 'all'));
    // Cohort I's eight convenings of 2019-20, then the small one and the shared one.
    expect(trend).toHaveLength(10);
    const shared = trend.find((point) => point.convening.id === ids.sharedConvening);
    expect(shared?.attendanceSummary).toEqual(
      (await truth(ids.cohortI, new Set([ids.azusa]))).at(-1)?.attendanceSummary,
    );
    expect(await trendOf('staff', ids.cohortI, '2020-21')).toEqual(
      (await truth(ids.cohortI, 'all')).filter((point) => point.convening.id === ids.fewConvening),
    );
  });

  it('gives the shared convening to each cohort with its own members’ records', async () => {
    const trend = await trendOf('staff', ids.cohortII);
    expect(trend).toEqual(await truth(ids.cohortII, 'all'));
    // The demo's own Cohort II convenings (2020-21), then the shared one, once.
    expect(trend.map((point) => point.convening.id).at(-1)).toBe(ids.sharedConvening);
    expect(trend.filter((point) => point.convening.id === ids.sharedConvening)).toHaveLength(1);
  });

  it.each(['liaison', 'partner', 'lead'] as const)(
    'gives %s the cohorts’ attendance over the teams it covers only',
    async (name) => {
      for (const cohortId of [ids.cohortI, ids.cohortII]) {
        expect(await trendOf(name, cohortId), `${name}, ${cohortId}`).toEqual(
          await truth(cohortId, covered[name]),
        );
      }
    },
  );

  it('leaves a liaison nothing of the teams of other counties', async () => {
    expect(await trendOf('liaison', ids.cohortI)).toEqual([]);
    // At the shared convening only the Riverside Unified team's members of Cohort II were recorded.
    const shared = (point: { convening: { id: string } }) =>
      point.convening.id === ids.sharedConvening;
    const riverside = (await trendOf('liaison', ids.cohortII)).find(shared);
    const all = (await trendOf('staff', ids.cohortII)).find(shared);
    expect(riverside?.attendanceSummary.total).toBeGreaterThan(0);
    expect(riverside).toEqual(all);
  });

  it('gives API partners only the teams of five or more people at a convening, and the public nothing', async () => {
    const trend = await trendOf('api', ids.cohortI);
    expect(trend).toEqual(await truth(ids.cohortI, 'all', 5));
    expect(trend.map((point) => point.convening.id)).not.toContain(ids.fewConvening);
    expect(trend).toHaveLength(9);
    expect(await trendOf('public', ids.cohortI)).toEqual([]);
  });
});

describe('metric progress over teams', () => {
  interface Summary {
    teamCount: number;
    improvedCount: number;
    worsenedCount: number;
    unchangedCount: number;
    baselineMean: number | null;
    latestMean: number | null;
  }
  const QUERY = `{ metrics(limit: 100) { nodes { key progressSummary {
    teamCount improvedCount worsenedCount unchangedCount baselineMean latestMean } } } }`;

  /** Baselines and latest values from the table, summarized as the specification says. */
  async function truth(teams: Set<string> | 'all'): Promise<Record<string, Summary>> {
    const list = teamList(teams);
    const rows = await sql<{ key: string; direction: string; baseline: string; latest: string }>(
      `select mt.key, mt.direction, b.value::text as baseline, l.value::text as latest
       from metric mt
       join measurement b on b.metric_id = mt.id and b.is_baseline
       join lateral (select value from measurement x
         where x.metric_id = mt.id and x.team_id = b.team_id and not x.is_baseline
         order by x.period_end desc, x.period_start desc limit 1) l on true
       where ?::uuid[] is null or b.team_id = any(?::uuid[])`,
      [list, list],
    );
    const summaries: Record<string, Summary> = {};
    const metrics = await sql<{ key: string }>('select key from metric');
    for (const { key } of metrics) {
      const mine = rows.filter((row) => row.key === key);
      const change = (row: (typeof mine)[number]) =>
        (Number(row.latest) - Number(row.baseline)) *
        (row.direction === 'HIGHER_IS_BETTER' ? 1 : -1);
      const mean = (values: number[]) =>
        values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
      summaries[key] = {
        teamCount: mine.length,
        improvedCount: mine.filter((row) => change(row) > 0).length,
        worsenedCount: mine.filter((row) => change(row) < 0).length,
        unchangedCount: mine.filter((row) => change(row) === 0).length,
        baselineMean: mean(mine.map((row) => Number(row.baseline))),
        latestMean: mean(mine.map((row) => Number(row.latest))),
      };
    }
    return summaries;
  }

  /** The teams whose measurements each viewer reads: API partners', statewide. */
  const measuredBy = (name: ViewerName): Set<string> | 'all' =>
    name === 'api' ? 'all' : covered[name];

  it.each(VIEWERS)('summarizes for %s the teams whose values it may read', async (name) => {
    const { metrics } = await run<{
      metrics: { nodes: { key: string; progressSummary: Summary }[] };
    }>(name, QUERY);
    const expected = await truth(measuredBy(name));
    expect(metrics.nodes.length).toBe(3);
    for (const metric of metrics.nodes) {
      const want = expected[metric.key] as Summary;
      const got = metric.progressSummary;
      expect({ ...got, baselineMean: null, latestMean: null }, `${name} ${metric.key}`).toEqual({
        ...want,
        baselineMean: null,
        latestMean: null,
      });
      for (const mean of ['baselineMean', 'latestMean'] as const) {
        if (want[mean] === null) expect(got[mean]).toBeNull();
        else expect(got[mean]).toBeCloseTo(want[mean] as number, 6);
      }
    }
    const teamCount = metrics.nodes.reduce(
      (sum, metric) => sum + metric.progressSummary.teamCount,
      0,
    );
    if (name === 'public') expect(teamCount).toBe(0);
    else expect(teamCount).toBeGreaterThan(0);
  });
});

describe('batching', () => {
  const DEEP = `query ($limit: Int!) {
    applicationCounts { status count cohort { name } }
    stipendCounts { status count amount }
    cohorts(limit: $limit) { nodes { attendanceTrend { convening { startsAt } attendanceSummary { rate } } } }
    metrics(limit: $limit) { nodes { progressSummary { teamCount improvedCount } } }
    teams(filter: { inScope: true }, limit: $limit) { nodes { name } }
  }`;

  it.each(['staff', 'liaison', 'api'] as const)(
    'run as many SQL statements for %s with 2 rows per list as with 100',
    async (name) => {
      // Three runs each: the count is the same on every run (one statement under way at a time,
      // scope/statement-batch.ts), and the same for 2 rows per list as for 100. After a first
      // run: an answer built in SQL is read with the others of its turn the first time its text
      // is seen, as a prepared statement of its own from then on (database/prepared.ts), and
      // whether the first joins a batch depends on how long building it took.
      await client(name).graphql(DEEP, { limit: 2 });
      const counts = async (limit: number) => {
        const found: number[] = [];
        for (let run = 0; run < 3; run++) {
          const { result, statements } = await countStatements(context.server.orm, () =>
            client(name).graphql(DEEP, { limit }),
          );
          expect(result.errors).toBeUndefined();
          found.push(statements.length);
        }
        return found;
      };
      // Two rows, so that each level has a row with something to show every viewer (a
      // liaison's attendance is in Cohort II): only the length of the lists differs.
      const small = await counts(2);
      expect(small).toEqual([small[0], small[0], small[0]]);
      expect(await counts(100)).toEqual(small);
    },
  );
});
