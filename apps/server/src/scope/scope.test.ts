import { Role, todayInPacific } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../accounts/account.entity.js';
import { createAccountRecord } from '../accounts/account.service.js';
import { viewerOf } from '../accounts/credentials.js';
import { Attendance } from '../convenings/convening.entity.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { Organization } from '../organizations/organization.entity.js';
import { Membership } from '../rosters/membership.entity.js';
import { Person } from '../rosters/person.entity.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { scopeTo } from './scope-filter.js';

const context = useTestServer({ demo: true });

interface PeoplePage {
  people: {
    totalCount: number;
    nodes: {
      id: string;
      kind: string;
      givenName: string | null;
      familyName: string | null;
      email: string | null;
      phone: string | null;
    }[];
  };
}
const PEOPLE =
  '{ people(limit: 100) { totalCount nodes { id kind givenName familyName email phone } } }';

/** Ground truth straight from the database, around the scope layer. */
const { sql } = context;

async function idsOnTeams(
  teamIdsQuery: string,
  params: unknown[],
): Promise<{ people: string[]; memberships: string[] }> {
  const rows = await sql<{ id: string; person_id: string }>(
    `select id, person_id from membership where team_id in (${teamIdsQuery})`,
    params,
  );
  return {
    people: [...new Set(rows.map((row) => row.person_id))].sort(),
    memberships: rows.map((row) => row.id).sort(),
  };
}

const riversideTeams = `select t.id from team t join organization lea on lea.id = t.lead_lea_id join organization coe on coe.id = lea.county_office_id where coe.county_code = ?`;

let liaison: GraphqlClient;
let orangeLiaison: GraphqlClient;
let lead: GraphqlClient;
let partner: GraphqlClient;
let apiPartner: GraphqlClient;

beforeAll(async () => {
  liaison = await context.server.signIn('liaison@example.org', DEMO_PASSWORD);
  lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
  partner = await context.server.signIn('partner@example.org', DEMO_PASSWORD);
  apiPartner = await context.server.signIn('api@example.org', DEMO_PASSWORD);
  const em = context.server.em();
  const orange = await em.findOneOrFail(Organization, { countyCode: '30' });
  await createAccountRecord(em, {
    email: 'orange.liaison@example.org',
    displayName: 'Orange liaison',
    role: Role.COE_LIAISON,
    password: DEMO_PASSWORD,
    organizationIds: [orange.id],
  });
  orangeLiaison = await context.server.signIn('orange.liaison@example.org', DEMO_PASSWORD);
});

describe('a COE liaison', () => {
  it("sees exactly the people and memberships of their county's teams", async () => {
    const expected = await idsOnTeams(riversideTeams, ['33']);
    expect(expected.people.length).toBeGreaterThan(20);
    const { data } = await liaison.graphql<
      PeoplePage & { memberships: { totalCount: number; nodes: { id: string }[] } }
    >(
      '{ people(limit: 100) { totalCount nodes { id } } memberships(limit: 100) { totalCount nodes { id } } }',
    );
    expect(data?.people.nodes.map((node) => node.id).sort()).toEqual(expected.people);
    expect(data?.people.totalCount).toBe(expected.people.length);
    expect(data?.memberships.nodes.map((node) => node.id).sort()).toEqual(expected.memberships);
  });

  it('sees that student and family seats are filled, not who fills them, and no phone numbers', async () => {
    const { data } = await liaison.graphql<PeoplePage>(PEOPLE);
    const people = data?.people.nodes ?? [];
    expect(people.some((person) => person.kind !== 'PROFESSIONAL')).toBe(true);
    for (const person of people) {
      const visible = person.kind === 'PROFESSIONAL';
      expect([
        person.givenName !== null,
        person.familyName !== null,
        person.email !== null,
      ]).toEqual([visible, visible, visible]);
      expect(person.phone).toBeNull();
    }
  });

  it('does not see another county: two liaisons of different counties share no person', async () => {
    const riverside =
      (await liaison.graphql<PeoplePage>(PEOPLE)).data?.people.nodes.map((node) => node.id) ?? [];
    const orange =
      (await orangeLiaison.graphql<PeoplePage>(PEOPLE)).data?.people.nodes.map((node) => node.id) ??
      [];
    expect(orange.length).toBeGreaterThan(0);
    expect(orange.filter((id) => riverside.includes(id))).toEqual([]);
    const [outside] = orange;
    expect(
      (await liaison.graphql('query ($id: ID!) { person(id: $id) { id } }', { id: outside })).data,
    ).toEqual({ person: null });
  });

  it('counts no roster of a team outside the county, though the team itself is public', async () => {
    const [outside] = await sql<{ id: string }>(
      `select id from team where id not in (${riversideTeams}) limit 1`,
      ['33'],
    );
    const { data } = await liaison.graphql(
      'query ($id: ID!) { team(id: $id) { name memberships { totalCount } } }',
      { id: outside?.id },
    );
    expect(data).toMatchObject({ team: { memberships: { totalCount: 0 } } });
  });

  it('reads no attendance records (protected) and may not filter or sort people by protected fields', async () => {
    expect((await liaison.graphql('{ attendances { totalCount } }')).data).toEqual({
      attendances: { totalCount: 0 },
    });
    const filtered = await liaison.graphql('{ people(filter: { q: "a" }) { totalCount } }');
    expect(filtered.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sorted = await liaison.graphql(
      '{ people(orderBy: [{ field: FAMILY_NAME }]) { totalCount } }',
    );
    expect(sorted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byEmail = await liaison.graphql(
      '{ people(filter: { email: "x@example.org" }) { totalCount } }',
    );
    expect(byEmail.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('may not change records, and a refused mutation changes nothing', async () => {
    const before = await databaseSnapshot(context.server.orm);
    const result = await liaison.graphql(
      'mutation { createCohort(input: { number: 9, name: "IX", phase: CEI_2_0 }) { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });
});

describe('a team lead', () => {
  const azusa = `select id from team where name like 'Azusa%'`;

  it("sees their team's roster with students' and families' names, and its attendance", async () => {
    const expected = await idsOnTeams(azusa, []);
    expect(expected.people.length).toBeGreaterThan(5);
    const { data } = await lead.graphql<PeoplePage & { attendances: { totalCount: number } }>(
      `{ people(limit: 100) { totalCount nodes { id kind givenName phone } } attendances(limit: 0) { totalCount } }`,
    );
    expect(data?.people.nodes.map((node) => node.id).sort()).toEqual(expected.people);
    expect(
      data?.people.nodes.every((person) => person.givenName !== null && person.phone !== null),
    ).toBe(true);
    const [attendance] = await sql<{ count: string }>(
      `select count(*) from attendance a join membership m on m.id = a.membership_id where m.team_id in (${azusa})`,
    );
    expect(data?.attendances.totalCount).toBe(Number(attendance?.count));
  });

  it('still sees the whole roster when their account is a person on it', async () => {
    // "On a covered team, or my own" must stay an OR: joining the filter's references would make
    // the person clause an inner join and leave only the lead's own membership.
    const [member] = await sql<{ person_id: string }>(
      `select person_id from membership where team_id in (${azusa}) limit 1`,
    );
    await sql(`update account set person_id = ? where email = 'lead@example.org'`, [
      member?.person_id,
    ]);
    try {
      const linked = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
      const [count] = await sql<{ count: string }>(
        `select count(*) from membership where team_id in (${azusa})`,
      );
      const { data } = await linked.graphql<{ memberships: { totalCount: number } }>(
        '{ memberships(limit: 0) { totalCount } }',
      );
      expect(data?.memberships.totalCount).toBe(Number(count?.count));
    } finally {
      await sql(`update account set person_id = null where email = 'lead@example.org'`);
    }
  });

  it("ends a membership on their team, and is refused another team's exactly as a missing one", async () => {
    const [own] = await sql<{ id: string; version: number }>(
      `select id, version from membership where team_id in (${azusa}) and ended_on is null limit 1`,
    );
    const [other] = await sql<{ id: string; version: number }>(
      `select id, version from membership where team_id not in (${azusa}) limit 1`,
    );
    const mutation =
      'mutation ($id: ID!, $version: Int!) { updateMembership(id: $id, version: $version, input: { endedOn: "2030-01-01" }) { endedOn } }';
    expect((await lead.graphql(mutation, own)).data).toEqual({
      updateMembership: { endedOn: '2030-01-01' },
    });
    const before = await databaseSnapshot(context.server.orm);
    expect((await lead.graphql(mutation, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = { id: '00000000-0000-4000-8000-000000000000', version: 1 };
    expect((await lead.graphql(mutation, missing)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });
  it("refuses a membership mixing their team with a person from another team's roster, or on another team", async () => {
    const [ownTeam] = await sql<{ id: string }>(azusa);
    const [outsider] = await sql<{ id: string }>(
      `select person_id as id from membership where team_id not in (${azusa}) limit 1`,
    );
    const [ownPerson] = await sql<{ id: string }>(
      `select person_id as id from membership where team_id in (${azusa}) and role = 'SITE_STAFF' limit 1`,
    );
    const [otherTeam] = await sql<{ id: string }>(
      `select id from team where id not in (${azusa}) limit 1`,
    );
    const create =
      'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }';
    const before = await databaseSnapshot(context.server.orm);
    const mixed = await lead.graphql(create, {
      input: {
        teamId: ownTeam?.id,
        personId: outsider?.id,
        role: 'SITE_STAFF',
        startedOn: '2024-01-01',
      },
    });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.personId' }],
    });
    const elsewhere = await lead.graphql(create, {
      input: {
        teamId: otherTeam?.id,
        personId: ownPerson?.id,
        role: 'SITE_STAFF',
        startedOn: '2030-01-01',
      },
    });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });
});

describe('a CBO partner', () => {
  it('sees the teams its organization is on today, its own memberships, and only its own reimbursements', async () => {
    // Teams its organization is on today (rules.ts: scope ends with the last active membership).
    const partnerTeams = `select distinct m.team_id from membership m join scope_binding b on b.organization_id = m.organization_id join account a on a.id = b.account_id where a.email = 'partner@example.org' and (m.ended_on is null or m.ended_on > ?)`;
    const expected = await idsOnTeams(partnerTeams, [todayInPacific(new Date())]);
    expect(expected.memberships.length).toBeGreaterThan(20);
    const { data } = await partner.graphql<{
      memberships: { nodes: { id: string }[] };
      reimbursements: { nodes: { membership: { organization: { name: string } } }[] };
    }>(
      '{ memberships(limit: 100) { nodes { id } } reimbursements(limit: 100) { nodes { membership { organization { name } } } } }',
    );
    // Its organization's memberships stay readable after they end: the history it took part in.
    const own = await sql<{ id: string }>(
      `select m.id from membership m join scope_binding b on b.organization_id = m.organization_id join account a on a.id = b.account_id where a.email = 'partner@example.org'`,
    );
    expect(data?.memberships.nodes.map((node) => node.id).sort()).toEqual(
      [...new Set([...expected.memberships, ...own.map((row) => row.id)])].sort(),
    );
    for (const reimbursement of data?.reimbursements.nodes ?? []) {
      expect(reimbursement.membership.organization.name).toBe(
        'Community Voices Collaborative (demo)',
      );
    }
  });
});

describe('an API partner', () => {
  it('reads directory and aggregate data only: no person-level rows, every measurement', async () => {
    const { data } = await apiPartner.graphql<{
      people: { totalCount: number };
      memberships: { totalCount: number };
      measurements: { totalCount: number };
    }>(
      '{ people { totalCount } memberships { totalCount } measurements(limit: 0) { totalCount } }',
    );
    const [measurements] = await sql<{ count: string }>('select count(*) from measurement');
    expect(data).toEqual({
      people: { totalCount: 0 },
      memberships: { totalCount: 0 },
      measurements: { totalCount: Number(measurements?.count) },
    });
  });
});

describe('aggregates of people', () => {
  it('withhold counts under five from API partners, and show none to those without scope', async () => {
    const [lea] = await sql<{ id: string }>(
      "select id from organization where name like 'Upper Lake%'",
    );
    const [cohort] = await sql<{ id: string }>('select id from cohort where number = 3');
    const created = await context.server.graphql<{ createTeam: { id: string } }>(
      'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { cohortId: cohort?.id, leadLeaId: lea?.id, joinedOn: '2022-08-15' } },
    );
    const teamId = created.data?.createTeam.id;
    for (const name of ['Ana', 'Ben']) {
      const person = await context.server.graphql<{ createPerson: { id: string } }>(
        'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
        { input: { givenName: name, familyName: 'Small' } },
      );
      await context.server.graphql(
        'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
        {
          input: {
            teamId,
            personId: person.data?.createPerson.id,
            role: 'SITE_STAFF',
            startedOn: '2022-08-15',
          },
        },
      );
    }
    const count = 'query ($id: ID!) { team(id: $id) { activeMemberCount } }';
    expect((await context.server.graphql(count, { id: teamId })).data).toEqual({
      team: { activeMemberCount: 2 },
    });
    expect((await apiPartner.graphql(count, { id: teamId })).data).toEqual({
      team: { activeMemberCount: null },
    });
    expect((await context.server.anonymous.graphql(count, { id: teamId })).data).toEqual({
      team: { activeMemberCount: null },
    });
    const { data } = await apiPartner.graphql<{
      teams: { nodes: { activeMemberCount: number | null }[] };
    }>('{ teams(limit: 100) { nodes { activeMemberCount } } }');
    const shown = (data?.teams.nodes ?? []).map((team) => team.activeMemberCount);
    expect(shown.filter((value) => value !== null).length).toBeGreaterThan(10);
    expect(shown.every((value) => value === null || value >= 5)).toBe(true);
    const [outside] = await sql<{ id: string }>(
      `select id from team where id not in (${riversideTeams}) limit 1`,
      ['33'],
    );
    expect((await liaison.graphql(count, { id: outside?.id })).data).toEqual({
      team: { activeMemberCount: null },
    });
  });
});

describe('the public', () => {
  it('sees cohorts, teams and convenings, but no roster, not even as a count', async () => {
    const { data } = await context.server.anonymous.graphql<{
      teams: { totalCount: number; nodes: { memberships: { totalCount: number } }[] };
    }>('{ teams(limit: 100) { totalCount nodes { memberships { totalCount } } } }');
    const [teams] = await sql<{ count: string }>('select count(*) from team');
    expect(data?.teams.totalCount).toBe(Number(teams?.count));
    expect(data?.teams.nodes.every((team) => team.memberships.totalCount === 0)).toBe(true);
  });
});

describe('the scope filter under the scope layer', () => {
  it('fails closed: an EntityManager given no viewer runs no query', async () => {
    await expect(context.server.orm.em.fork().find(Person, {})).rejects.toThrow(
      /No arguments provided for filter 'scope'/,
    );
  });

  it("applies the viewer's rules to queries that go around ScopedData: find, count and populate", async () => {
    const liaisonAccount = await context.server
      .em()
      .findOneOrFail(Account, { email: 'liaison@example.org' });
    const viewer = await viewerOf(context.server.em(), liaisonAccount, 'session');
    const em = scopeTo(context.server.orm.em.fork(), viewer);
    const expected = await idsOnTeams(riversideTeams, ['33']);
    const people = await em.find(Person, {});
    expect(people.map((person) => person.id).sort()).toEqual(expected.people);
    expect(await em.count(Membership, {})).toBe(expected.memberships.length);
    expect(await em.count(Attendance, {})).toBe(0);
    const memberships = await em.find(Membership, {}, { populate: ['person'] });
    expect(memberships.every((membership) => expected.people.includes(membership.person.id))).toBe(
      true,
    );
  });
});

describe('Team.inScope', () => {
  it('tells a viewer which teams they cover, and CEI staff that they cover all', async () => {
    const covered = await sql<{ id: string }>(riversideTeams, ['33']);
    const { data } = await liaison.graphql<{
      teams: { nodes: { id: string; inScope: boolean }[] };
    }>('{ teams(limit: 100) { nodes { id inScope } } }');
    const inScope = (data?.teams.nodes ?? [])
      .filter((team) => team.inScope)
      .map((team) => team.id)
      .sort();
    expect(inScope).toEqual(covered.map((team) => team.id).sort());
    const staff = await context.server.graphql<{ teams: { nodes: { inScope: boolean }[] } }>(
      '{ teams(limit: 100) { nodes { inScope } } }',
    );
    expect(staff.data?.teams.nodes.every((team) => team.inScope)).toBe(true);
    const anonymous = await context.server.anonymous.graphql<{
      teams: { nodes: { inScope: boolean }[] };
    }>('{ teams(limit: 100) { nodes { inScope } } }');
    expect(anonymous.data?.teams.nodes.some((team) => team.inScope)).toBe(false);
  });
});
