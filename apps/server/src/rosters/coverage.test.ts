import { addDays, OrganizationKind, PersonKind, TeamRole, todayInPacific } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { countStatements } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';

// Statements are counted here: one budget window for the file, and no budget in the way.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

interface VacancyRow {
  id: string;
  role: string;
  openedOn: string;
  dueOn: string;
  status: string;
  daysUntilDue: number | null;
  filledOn: string | null;
  team: { id: string; name: string } | null;
  endedMembership: { id: string } | null;
  filledByMembership: { id: string } | null;
}

const VACANCY_FIELDS =
  'id role openedOn dueOn status daysUntilDue filledOn team { id name } endedMembership { id } filledByMembership { id }';
const TEAMS = `query ($on: Date) { teams(limit: 100) { nodes { id name inScope
  composition(on: $on) { asOf isComplete missingRoles roles { role requirement isRequired activeCount isMissing } }
  vacancies(on: $on) { ${VACANCY_FIELDS} } } } }`;

interface TeamRow {
  id: string;
  name: string;
  inScope: boolean;
  composition: {
    asOf: string;
    isComplete: boolean;
    missingRoles: string[];
    roles: {
      role: string;
      requirement: string;
      isRequired: boolean;
      activeCount: number;
      isMissing: boolean;
    }[];
  } | null;
  vacancies: VacancyRow[];
}

const today = todayInPacific(new Date());
let viewers: DemoViewers;
/** The demo's two vacancies: a community partner left 10 days ago on one team, 45 on another. */
let dueTeam: TeamRow;
let overdueTeam: TeamRow;

async function teamsAs(client: GraphqlClient, on?: string): Promise<TeamRow[]> {
  const { data, errors } = await client.graphql<{ teams: { nodes: TeamRow[] } }>(TEAMS, { on });
  expect(errors).toBeUndefined();
  return data?.teams.nodes ?? [];
}

async function vacanciesAs(
  client: GraphqlClient,
  filter?: Record<string, unknown>,
  on?: string,
): Promise<VacancyRow[]> {
  const { data, errors } = await client.graphql<{ vacancies: VacancyRow[] }>(
    `query ($filter: VacancyFilter, $on: Date) { vacancies(filter: $filter, on: $on) { ${VACANCY_FIELDS} } }`,
    { filter, on },
  );
  expect(errors).toBeUndefined();
  return data?.vacancies ?? [];
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const teams = await teamsAs(viewers.staff);
  const withVacancy = (days: number) =>
    teams.find((team) =>
      team.vacancies.some((vacancy) => vacancy.openedOn === addDays(today, -days)),
    ) as TeamRow;
  dueTeam = withVacancy(10);
  overdueTeam = withVacancy(45);
});

describe('Team.composition', () => {
  it('counts every role on the day asked about and names the missing required ones', async () => {
    const composition = dueTeam.composition;
    expect(composition?.asOf).toBe(today);
    expect(composition?.isComplete).toBe(false);
    expect(composition?.missingRoles).toEqual(['COMMUNITY_PARTNER']);
    expect(composition?.roles.map((coverage) => coverage.role)).toEqual([
      'DISTRICT_CABINET_LEADER',
      'DISTRICT_ENGAGEMENT_LEAD',
      'SITE_ADMINISTRATOR',
      'SITE_ENGAGEMENT_LEAD',
      'SITE_STAFF',
      'STUDENT',
      'FAMILY_MEMBER',
      'COE_REPRESENTATIVE',
      'COMMUNITY_PARTNER',
    ]);
    expect(composition?.roles.find((coverage) => coverage.role === 'SITE_STAFF')).toEqual({
      role: 'SITE_STAFF',
      requirement: 'REQUIRED',
      isRequired: true,
      activeCount: 2,
      isMissing: false,
    });
    expect(
      composition?.roles.find((coverage) => coverage.role === 'DISTRICT_ENGAGEMENT_LEAD'),
    ).toMatchObject({ requirement: 'OPTIONAL', isRequired: false, isMissing: false });
  });

  it('answers for any day: complete before the partner left, empty before the team joined', async () => {
    const before = await teamsAs(viewers.staff, addDays(today, -11));
    expect(before.find((team) => team.id === dueTeam.id)?.composition).toMatchObject({
      isComplete: true,
      missingRoles: [],
    });
    const [row] = (await context.server
      .em()
      .execute("select to_char(joined_on, 'YYYY-MM-DD') as joined_on from team where id = ?", [
        dueTeam.id,
      ])) as { joined_on: string }[];
    const earlier = await teamsAs(viewers.staff, addDays(row?.joined_on ?? '', -1));
    const empty = earlier.find((team) => team.id === dueTeam.id)?.composition;
    expect(empty?.isComplete).toBe(false);
    expect(empty?.roles.every((coverage) => coverage.activeCount === 0)).toBe(true);
  });
});

describe('Team.vacancies', () => {
  it('opens a vacancy when the last member of a required role leaves, due a month later', () => {
    const due = dueTeam.vacancies.find((vacancy) => vacancy.openedOn === addDays(today, -10));
    expect(due).toMatchObject({
      role: 'COMMUNITY_PARTNER',
      status: 'DUE',
      filledOn: null,
      filledByMembership: null,
      team: { id: dueTeam.id },
    });
    expect(due?.daysUntilDue).toBeGreaterThanOrEqual(17);
    expect(due?.endedMembership?.id).toBe(due?.id.split(':')[0]);
    expect(overdueTeam.vacancies[0]).toMatchObject({
      role: 'COMMUNITY_PARTNER',
      status: 'OVERDUE',
    });
    expect(overdueTeam.vacancies[0]?.daysUntilDue).toBeLessThan(0);
  });

  it('filters by status on a day', async () => {
    const { data } = await viewers.staff.graphql<{
      team: { due: { id: string }[]; overdue: { id: string }[] };
    }>(
      'query ($id: ID!) { team(id: $id) { due: vacancies(status: DUE) { id } overdue: vacancies(status: OVERDUE) { id } } }',
      { id: dueTeam.id },
    );
    expect(data?.team.due).toHaveLength(1);
    expect(data?.team.overdue).toEqual([]);
  });
});

describe('Query.vacancies', () => {
  it('lists every vacancy of the viewer’s teams by due date, filtered by status, team, cohort and due window', async () => {
    const all = await vacanciesAs(viewers.staff);
    expect(all.map((vacancy) => vacancy.team?.id)).toEqual([overdueTeam.id, dueTeam.id]);
    expect(
      (await vacanciesAs(viewers.staff, { status: 'OVERDUE' })).map((v) => v.team?.id),
    ).toEqual([overdueTeam.id]);
    expect(
      (await vacanciesAs(viewers.staff, { teamId: dueTeam.id })).map((v) => v.team?.id),
    ).toEqual([dueTeam.id]);
    // Due within a window: the open one due in about three weeks, not the overdue one.
    expect(
      (await vacanciesAs(viewers.staff, { dueWithinDays: 31 })).map((v) => v.team?.id),
    ).toEqual([dueTeam.id]);
    expect(await vacanciesAs(viewers.staff, { dueWithinDays: 7 })).toEqual([]);
    const cohortOf = async (teamId: string) =>
      (
        (await context.server
          .em()
          .execute('select cohort_id from team where id = ?', [teamId])) as { cohort_id: string }[]
      )[0]?.cohort_id;
    const cohortId = await cohortOf(dueTeam.id);
    const inCohort = await vacanciesAs(viewers.staff, { cohortId });
    expect(inCohort.length).toBeGreaterThan(0);
    for (const vacancy of inCohort) expect(await cohortOf(vacancy.team?.id ?? '')).toBe(cohortId);
  });

  it('refuses a malformed team id and the public', async () => {
    const bad = await viewers.staff.graphql('{ vacancies(filter: { teamId: "nope" }) { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await context.server.anonymous.graphql('{ vacancies { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a vacancy as filled from the day a new member takes the role', async () => {
    const em = context.server.em();
    const person = em.create(Person, {
      givenName: 'Nina',
      familyName: 'Newcomer',
      kind: PersonKind.PROFESSIONAL,
    });
    const filling = em.create(Membership, {
      team: ref(em.getReference(Team, dueTeam.id)),
      person: ref(person),
      role: TeamRole.COMMUNITY_PARTNER,
      startedOn: addDays(today, -2),
    });
    await em.flush();
    const [filled] = await vacanciesAs(viewers.staff, { teamId: dueTeam.id });
    expect(filled).toMatchObject({
      status: 'FILLED',
      filledOn: addDays(today, -2),
      daysUntilDue: null,
      filledByMembership: { id: filling.id },
    });
    const [stillDue] = await vacanciesAs(viewers.staff, { teamId: dueTeam.id }, addDays(today, -3));
    expect(stillDue).toMatchObject({ status: 'DUE', filledOn: addDays(today, -2) });
    em.remove(filling);
    em.remove(person);
    await em.flush();
  });
});

describe('who sees role coverage', () => {
  it.each(['liaison', 'partner', 'lead'] as const)(
    'gives a %s composition and vacancies of exactly the teams in their scope',
    async (name) => {
      const teams = await teamsAs(viewers[name]);
      const covered = teams.filter((team) => team.inScope);
      expect(covered.length).toBeGreaterThan(0);
      expect(covered.length).toBeLessThan(teams.length);
      for (const team of teams) {
        expect(team.composition !== null, team.name).toBe(team.inScope);
        if (!team.inScope) expect(team.vacancies, team.name).toEqual([]);
      }
      const coveredIds = new Set(covered.map((team) => team.id));
      const listed = await vacanciesAs(viewers[name]);
      for (const vacancy of listed) expect(coveredIds.has(vacancy.team?.id ?? '')).toBe(true);
      const expected = covered.flatMap((team) => team.vacancies.map((vacancy) => vacancy.id));
      expect(listed.map((vacancy) => vacancy.id).sort()).toEqual(expected.sort());
    },
  );

  it('gives the Riverside liaison the composition of Riverside teams and their vacancies', async () => {
    const teams = await teamsAs(viewers.liaison);
    const [riverside] = (await context.server
      .em()
      .execute(
        "select t.id from team t join organization l on l.id = t.lead_lea_id join organization c on c.id = l.county_office_id where c.county_code = '33' limit 1",
      )) as { id: string }[];
    expect(teams.find((team) => team.id === riverside?.id)?.composition).not.toBeNull();
  });

  it('gives the public no composition and no vacancies', async () => {
    const teams = await teamsAs(context.server.anonymous);
    expect(teams.every((team) => team.composition === null && team.vacancies.length === 0)).toBe(
      true,
    );
  });

  it('gives API partners role coverage statewide for teams of five or more, and no vacancies', async () => {
    const em = context.server.em();
    const cohort = await em.findOneOrFail(Cohort, { number: 3 });
    const lea = em.create(Organization, {
      kind: OrganizationKind.LEA,
      name: 'Small Elementary District',
    });
    const small = em.create(Team, {
      cohort: ref(cohort),
      leadLea: ref(lea),
      name: 'A small team',
      joinedOn: '2023-08-01',
    });
    for (const role of [TeamRole.DISTRICT_CABINET_LEADER, TeamRole.SITE_STAFF]) {
      em.create(Membership, {
        team: ref(small),
        person: ref(em.create(Person, { givenName: 'Small', familyName: role })),
        role,
        startedOn: '2023-08-01',
      });
    }
    await em.flush();

    const teams = await teamsAs(viewers.api);
    expect(teams.find((team) => team.id === small.id)?.composition).toBeNull();
    const others = teams.filter((team) => team.id !== small.id);
    expect(others.every((team) => team.composition !== null)).toBe(true);
    // A vacancy is one person's departure (a role and a day): person-level, not for partners.
    expect(await vacanciesAs(viewers.api)).toEqual([]);
    expect(teams.every((team) => team.vacancies.length === 0)).toBe(true);
  });
});

describe('batching', () => {
  it('runs as many SQL statements for the composition and vacancies of 1 team as of every team', async () => {
    const query = (limit: number) =>
      countStatements(context.server.orm, () =>
        viewers.liaison.graphql(
          `{ teams(limit: ${limit}) { nodes { composition { isComplete } vacancies { id team { name } } } } vacancies { id } }`,
        ),
      );
    const one = await query(1);
    const all = await query(100);
    expect(all.result.errors).toBeUndefined();
    expect(all.statements.length).toBe(one.statements.length);
    expect(all.statements.length).toBeLessThanOrEqual(12);
  });
});
