import { beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../accounts/account.entity.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { Membership } from '../rosters/membership.entity.js';
import { countStatements } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

// Its statement counts ask for 100 rows at several levels, over what any query may cost (limits/).
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

interface Summary {
  present: number;
  absent: number;
  excused: number;
  total: number;
  rate: number | null;
}
const SUMMARY = '{ present absent excused total rate }';

const { sql } = context;

const clients: Record<string, GraphqlClient> = {};
let cohortI: string;
let cohortII: string;
/** Cohort II, 14 October 2021: every expected member recorded. */
let cohortIIConvening: string;
/** Cohort I, 24 September 2020: three of Azusa's members only. */
let fewConvening: string;
let azusa: string;
let riversideTeams: Set<string>;
let partnerTeams: Set<string>;

/** The ground truth, in SQL: attendance over the given teams, optionally one convening or year. */
async function truth(
  teamIds: Iterable<string>,
  options: { conveningId?: string; programYear?: string } = {},
): Promise<Summary | null> {
  const ids = [...teamIds];
  if (ids.length === 0) return null;
  const [row] = await sql<{ present: number; absent: number; excused: number }>(
    `select (count(*) filter (where a.status = 'PRESENT'))::int as present,
            (count(*) filter (where a.status = 'ABSENT'))::int as absent,
            (count(*) filter (where a.status = 'EXCUSED'))::int as excused
     from attendance a join membership m on m.id = a.membership_id
     join convening c on c.id = a.convening_id
     where m.team_id in (${ids.map(() => '?').join(', ')})
       and (?::uuid is null or c.id = ?::uuid) and (?::text is null or c.program_year = ?::text)`,
    [
      ...ids,
      options.conveningId ?? null,
      options.conveningId ?? null,
      options.programYear ?? null,
      options.programYear ?? null,
    ],
  );
  if (!row) return null;
  const total = row.present + row.absent + row.excused;
  if (total === 0) return null;
  const counted = row.present + row.absent;
  return { ...row, total, rate: counted === 0 ? null : row.present / counted };
}

const idSet = async (query: string, params: unknown[] = []) =>
  new Set((await sql<{ id: string }>(query, params)).map((row) => row.id));

async function run<T>(client: GraphqlClient, query: string, variables = {}): Promise<T> {
  const { data, errors } = await client.graphql<T>(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return data as T;
}

beforeAll(async () => {
  for (const name of ['staff', 'lead', 'liaison', 'partner']) {
    clients[name] = await context.server.signIn(`${name}@example.org`, DEMO_PASSWORD);
  }
  clients.admin = context.server;
  clients.public = context.server.anonymous;
  const [api] = await sql<{ id: string }>("select id from account where email = 'api@example.org'");
  const issued = await run<{ issueApiToken: { token: string } }>(
    context.server,
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
    {
      input: {
        accountId: api?.id,
        name: 'Summary test',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  clients.api = context.server.withToken(issued.issueApiToken.token);

  const cohorts = await sql<{ id: string }>('select id from cohort order by number');
  cohortI = cohorts[0]?.id ?? '';
  cohortII = cohorts[1]?.id ?? '';
  [azusa] = [...(await idSet("select id from team where name like 'Azusa%'"))] as [string];
  riversideTeams = await idSet(
    `select t.id from team t join organization l on l.id = t.lead_lea_id join organization c on c.id = l.county_office_id where c.county_code = '33'`,
  );
  partnerTeams = await idSet(
    `select distinct m.team_id as id from membership m join scope_binding b on b.organization_id = m.organization_id join account a on a.id = b.account_id where a.email = 'partner@example.org' and (m.ended_on is null or m.ended_on > (now() at time zone 'America/Los_Angeles')::date)`,
  );

  const create = async (input: Record<string, unknown>) =>
    (
      await run<{ createConvening: { id: string } }>(
        context.server,
        'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }',
        { input },
      )
    ).createConvening.id;
  cohortIIConvening = await create({
    cohortIds: [cohortII],
    programYear: '2021-22',
    number: 1,
    modality: 'IN_PERSON',
    startsAt: '2021-10-14T16:00:00Z',
  });
  fewConvening = await create({
    cohortIds: [cohortI],
    programYear: '2020-21',
    number: 1,
    modality: 'VIRTUAL',
    startsAt: '2020-09-24T16:00:00Z',
  });
  // Not a network convening: it does not count toward the eight.
  await create({
    cohortIds: [cohortI],
    programYear: '2020-21',
    number: 2,
    kind: 'STATEWIDE_TRAINING',
    modality: 'VIRTUAL',
    startsAt: '2020-11-05T17:00:00Z',
  });

  const expected = async (id: string) =>
    (
      await run<{ convening: { expectedAttendees: { id: string; team: { id: string } }[] } }>(
        context.server,
        'query ($id: ID!) { convening(id: $id) { expectedAttendees { id team { id } } } }',
        { id },
      )
    ).convening.expectedAttendees;
  const record = (id: string, entries: { membershipId: string; status: string }[]) =>
    run(
      context.server,
      'mutation ($id: ID!, $input: RecordAttendanceInput!) { recordAttendance(conveningId: $id, input: $input) { id } }',
      { id, input: { entries } },
    );
  const statuses = ['PRESENT', 'PRESENT', 'ABSENT', 'PRESENT', 'EXCUSED'];
  await record(
    cohortIIConvening,
    (await expected(cohortIIConvening)).map((membership, index) => ({
      membershipId: membership.id,
      status: statuses[index % statuses.length] as string,
    })),
  );
  await record(
    fewConvening,
    (await expected(fewConvening))
      .filter((membership) => membership.team.id === azusa)
      .slice(0, 3)
      .map((membership, index) => ({
        membershipId: membership.id,
        status: index === 0 ? 'ABSENT' : 'PRESENT',
      })),
  );
});

/** The teams whose summaries a viewer gets; 'all' for every team. */
const TEAM_VIEWERS: { viewer: string; teams: () => Set<string> | 'all' }[] = [
  { viewer: 'admin', teams: () => 'all' },
  { viewer: 'staff', teams: () => 'all' },
  { viewer: 'api', teams: () => 'all' },
  { viewer: 'liaison', teams: () => riversideTeams },
  { viewer: 'partner', teams: () => partnerTeams },
  { viewer: 'lead', teams: () => new Set([azusa]) },
  { viewer: 'public', teams: () => new Set() },
];

describe('attendance summaries', () => {
  it('count all of a team’s records, with excused absences left out of the rate', async () => {
    const { team } = await run<{ team: { all: Summary; year: Summary; none: Summary | null } }>(
      clients.staff as GraphqlClient,
      `query ($id: ID!) { team(id: $id) {
         all: attendanceSummary ${SUMMARY}
         year: attendanceSummary(programYear: "2019-20") ${SUMMARY}
         none: attendanceSummary(programYear: "2024-25") ${SUMMARY} } }`,
      { id: azusa },
    );
    expect(team.all).toEqual(await truth([azusa]));
    expect(team.year).toEqual(await truth([azusa], { programYear: '2019-20' }));
    expect(team.year.excused).toBeGreaterThan(0);
    expect(team.year.rate).toBe(team.year.present / (team.year.present + team.year.absent));
    expect(team.all.total).toBe(team.year.total + 3);
    expect(team.none).toBeNull();
  });

  it.each(TEAM_VIEWERS)(
    'disclose team summaries to $viewer only for the teams in its scope (API partners statewide)',
    async ({ viewer, teams }) => {
      const { teams: page } = await run<{
        teams: { nodes: { id: string; attendanceSummary: Summary | null }[] };
      }>(
        clients[viewer] as GraphqlClient,
        `{ teams(limit: 100) { nodes { id attendanceSummary ${SUMMARY} } } }`,
      );
      const visible = teams();
      let shown = 0;
      for (const team of page.nodes) {
        const expected = visible === 'all' || visible.has(team.id) ? await truth([team.id]) : null;
        if (expected) shown++;
        expect(team.attendanceSummary, `${viewer} → ${team.id}`).toEqual(expected);
      }
      if (viewer !== 'public') expect(shown).toBeGreaterThan(0);
    },
  );

  it('withhold from API partners a summary about fewer than five people, not from scoped viewers', async () => {
    const query = `query ($id: ID!) { team(id: $id) { attendanceSummary(programYear: "2020-21") ${SUMMARY} } }`;
    const expected = await truth([azusa], { programYear: '2020-21' });
    expect(expected).toMatchObject({ present: 2, absent: 1, total: 3 });
    for (const viewer of ['staff', 'lead']) {
      const { team } = await run<{ team: { attendanceSummary: Summary } }>(
        clients[viewer] as GraphqlClient,
        query,
        { id: azusa },
      );
      expect(team.attendanceSummary, viewer).toEqual(expected);
    }
    const { team } = await run<{ team: { attendanceSummary: Summary | null } }>(
      clients.api as GraphqlClient,
      query,
      { id: azusa },
    );
    expect(team.attendanceSummary).toBeNull();
    const { convening } = await run<{ convening: { attendanceSummary: Summary | null } }>(
      clients.api as GraphqlClient,
      `query ($id: ID!) { convening(id: $id) { attendanceSummary ${SUMMARY} } }`,
      { id: fewConvening },
    );
    expect(convening.attendanceSummary).toBeNull();
  });

  it('give API partners a cohort’s summary only over its teams of five or more, so no withheld team can be subtracted out', async () => {
    const shownTeams = await idSet(
      `select m.team_id as id from attendance a join membership m on m.id = a.membership_id
         join team t on t.id = m.team_id join convening c on c.id = a.convening_id
        where t.cohort_id = ? and c.program_year = '2020-21'
        group by m.team_id having count(distinct m.person_id) >= 5`,
      [cohortI],
    );
    expect(shownTeams.has(azusa)).toBe(false);
    const { cohort } = await run<{ cohort: { attendanceSummary: Summary | null } }>(
      clients.api as GraphqlClient,
      `query ($id: ID!) { cohort(id: $id) { attendanceSummary(programYear: "2020-21") ${SUMMARY} } }`,
      { id: cohortI },
    );
    expect(cohort.attendanceSummary).toEqual(await truth(shownTeams, { programYear: '2020-21' }));
  });

  it('give a cohort’s summary over all its teams to staff and API partners, and over the teams they cover to others', async () => {
    const cohortTeams = async (cohort: string) =>
      idSet('select id from team where cohort_id = ?', [cohort]);
    const teamsI = await cohortTeams(cohortI);
    const teamsII = await cohortTeams(cohortII);
    const within = (teams: Set<string>, scope: Set<string> | 'all') =>
      scope === 'all' ? teams : new Set([...teams].filter((id) => scope.has(id)));
    for (const { viewer, teams } of TEAM_VIEWERS) {
      const scope = viewer === 'public' ? new Set<string>() : teams();
      const { cohorts } = await run<{
        cohorts: { nodes: { id: string; attendanceSummary: Summary | null }[] };
      }>(
        clients[viewer] as GraphqlClient,
        `{ cohorts(orderBy: [{ field: NUMBER }]) { nodes { id attendanceSummary ${SUMMARY} } } }`,
      );
      expect(
        cohorts.nodes.map((cohort) => cohort.attendanceSummary),
        viewer,
      ).toEqual([await truth(within(teamsI, scope)), await truth(within(teamsII, scope)), null]);
    }
    // The Riverside liaison's view of Cohort II is their three teams', not the cohort's.
    const liaisonView = await truth(riversideTeams);
    const whole = await truth(teamsII);
    expect(riversideTeams.size).toBe(3);
    expect(liaisonView?.total).toBeLessThan(whole?.total ?? 0);
  });

  it('give a convening’s summary the same way', async () => {
    const query = `query ($id: ID!) { convening(id: $id) { attendanceSummary ${SUMMARY} } }`;
    const cohortIITeams = await idSet('select id from team where cohort_id = ?', [cohortII]);
    const cases: [string, Set<string>][] = [
      ['staff', cohortIITeams],
      ['api', cohortIITeams],
      ['liaison', riversideTeams],
      ['lead', new Set()],
      ['public', new Set()],
    ];
    for (const [viewer, teams] of cases) {
      const { convening } = await run<{ convening: { attendanceSummary: Summary | null } }>(
        clients[viewer] as GraphqlClient,
        query,
        { id: cohortIIConvening },
      );
      expect(convening.attendanceSummary, viewer).toEqual(
        await truth(teams, { conveningId: cohortIIConvening }),
      );
    }
  });

  it('show a member’s own attendance to staff and their team lead only, auditing the lead’s read', async () => {
    const [azusaMember] = await sql<{ id: string }>(
      'select m.id from membership m where m.team_id = ? and exists (select 1 from attendance a where a.membership_id = m.id) limit 1',
      [azusa],
    );
    const [riversideMember] = await sql<{ id: string }>(
      `select m.id from membership m join attendance a on a.membership_id = m.id where m.team_id in (${[
        ...riversideTeams,
      ]
        .map(() => '?')
        .join(', ')}) limit 1`,
      [...riversideTeams],
    );
    const query = `query ($id: ID!) { membership(id: $id) { attendanceSummary ${SUMMARY} year: attendanceSummary(programYear: "2020-21") ${SUMMARY} } }`;
    const memberTruth = async (id: string, programYear?: string) => {
      const [row] = await sql<{ present: number; absent: number; excused: number }>(
        `select (count(*) filter (where a.status = 'PRESENT'))::int as present,
                (count(*) filter (where a.status = 'ABSENT'))::int as absent,
                (count(*) filter (where a.status = 'EXCUSED'))::int as excused
         from attendance a join convening c on c.id = a.convening_id
         where a.membership_id = ? and (?::text is null or c.program_year = ?::text)`,
        [id, programYear ?? null, programYear ?? null],
      );
      const counts = row as { present: number; absent: number; excused: number };
      const total = counts.present + counts.absent + counts.excused;
      const counted = counts.present + counts.absent;
      return total === 0
        ? null
        : { ...counts, total, rate: counted === 0 ? null : counts.present / counted };
    };
    const read = async (viewer: string, id: string) =>
      (
        await run<{
          membership: { attendanceSummary: Summary | null; year: Summary | null } | null;
        }>(clients[viewer] as GraphqlClient, query, { id })
      ).membership;

    expect(await read('staff', azusaMember?.id as string)).toEqual({
      attendanceSummary: await memberTruth(azusaMember?.id as string),
      year: await memberTruth(azusaMember?.id as string, '2020-21'),
    });
    expect((await read('lead', azusaMember?.id as string))?.attendanceSummary).toEqual(
      await memberTruth(azusaMember?.id as string),
    );
    const [audited] = await sql<{ count: string }>(
      `select count(*) from audit_event e join account a on a.id = e.actor_id
       where a.email = 'lead@example.org' and e.action = 'PROTECTED_READ' and e.entity = 'Membership' and e.entity_id = ?`,
      [azusaMember?.id],
    );
    expect(Number(audited?.count)).toBe(1);
    // The liaison reads the Riverside member's roster entry, not their attendance.
    expect(await read('liaison', riversideMember?.id as string)).toEqual({
      attendanceSummary: null,
      year: null,
    });
    expect(await read('staff', riversideMember?.id as string)).not.toEqual({
      attendanceSummary: null,
      year: null,
    });
  });

  it('show a person their own attendance', async () => {
    const em = context.server.em();
    const [member] = await sql<{ id: string }>(
      'select m.id from membership m join attendance a on a.membership_id = m.id where m.team_id = ? limit 1',
      [[...riversideTeams][0]],
    );
    const membership = await em.findOneOrFail(Membership, member?.id as string);
    const account = await em.findOneOrFail(Account, { email: 'partner@example.org' });
    account.person = membership.person;
    await em.flush();
    try {
      const { membership: seen } = await run<{
        membership: { attendanceSummary: Summary | null } | null;
      }>(
        clients.partner as GraphqlClient,
        `query ($id: ID!) { membership(id: $id) { attendanceSummary ${SUMMARY} } }`,
        { id: member?.id },
      );
      const [own] = await sql<{ count: number }>(
        'select count(*)::int as count from attendance where membership_id = ?',
        [member?.id],
      );
      expect(own?.count).toBeGreaterThan(0);
      expect(seen?.attendanceSummary?.total).toBe(own?.count);
    } finally {
      account.person = null;
      await em.flush();
    }
  });

  it('refuse a malformed program year, naming it', async () => {
    const { errors } = await context.server.graphql(
      `query ($id: ID!) { team(id: $id) { attendanceSummary(programYear: "2020") ${SUMMARY} } }`,
      { id: azusa },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fields).toEqual([
      { path: 'programYear', message: expect.stringMatching(/2019-20/) },
    ]);
  });
});

describe('expected attendees', () => {
  it('are the active members of the cohorts’ teams that the viewer may read', async () => {
    const query =
      'query ($id: ID!) { convening(id: $id) { expectedAttendees { id team { id } } } }';
    const read = async (viewer: string) =>
      (
        await run<{ convening: { expectedAttendees: { id: string; team: { id: string } }[] } }>(
          clients[viewer] as GraphqlClient,
          query,
          { id: cohortIIConvening },
        )
      ).convening.expectedAttendees;
    const all = await read('staff');
    const recorded = await idSet(
      'select membership_id as id from attendance where convening_id = ?',
      [cohortIIConvening],
    );
    expect(new Set(all.map((membership) => membership.id))).toEqual(recorded);
    const liaison = await read('liaison');
    expect(liaison.length).toBeGreaterThan(0);
    expect(liaison).toEqual(all.filter((membership) => riversideTeams.has(membership.team.id)));
    expect(await read('public')).toEqual([]);
    expect(await read('api')).toEqual([]);
  });
});

describe('convening years', () => {
  it('count network convenings per program year against eight, flagging the years short', async () => {
    const { cohort } = await run<{
      cohort: { conveningYears: Record<string, unknown>[] };
    }>(
      clients.public as GraphqlClient,
      'query ($id: ID!) { cohort(id: $id) { conveningYears { programYear scheduled expected shortfall meetsExpectation } } }',
      { id: cohortI },
    );
    // Cohort I: eight in 2019-20 (the seed's dates); one network convening and a training in
    // 2020-21; none yet in 2021-22, the last year of its three-year commitment.
    expect(cohort.conveningYears).toEqual([
      { programYear: '2019-20', scheduled: 8, expected: 8, shortfall: 0, meetsExpectation: true },
      { programYear: '2020-21', scheduled: 1, expected: 8, shortfall: 7, meetsExpectation: false },
      { programYear: '2021-22', scheduled: 0, expected: 8, shortfall: 8, meetsExpectation: false },
    ]);
  });
});

describe('summaries in lists', () => {
  const DEEP = /* GraphQL */ `
    query ($limit: Int!) {
      cohorts(limit: $limit) {
        nodes {
          attendanceSummary { total }
          conveningYears { shortfall }
          convenings(limit: $limit) {
            nodes { attendanceSummary { rate } expectedAttendees { id } }
          }
          teams(limit: $limit) {
            nodes {
              attendanceSummary(programYear: "2019-20") { rate }
              memberships(limit: $limit) { nodes { attendanceSummary { rate } } }
            }
          }
        }
      }
    }
  `;

  it('run as many SQL statements for 1 row per list as for 100', async () => {
    const count = async (limit: number) => {
      const { result, statements } = await countStatements(context.server.orm, () =>
        (clients.staff as GraphqlClient).graphql(DEEP, { limit }),
      );
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const small = await count(1);
    expect(await count(100)).toBe(small);
  });
});
