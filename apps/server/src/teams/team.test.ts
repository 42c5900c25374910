import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

const CREATE =
  'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id version name isConsortium memberLeas { name } focusSchool { name } problemOfPractice cohort { name } } }';
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateTeamInput!) { updateTeam(id: $id, version: $version, input: $input) { id version problemOfPractice problemOfPracticeVersions { totalCount } } }';

interface Ids {
  cohortIII: string;
  cohortI: string;
  countyOffice: string;
  leaA: string;
  leaB: string;
  schoolOfB: string;
  azusa: string;
}
let ids: Ids;

async function create<T>(mutation: string, input: Record<string, unknown>): Promise<T> {
  const { data, errors } = await context.server.graphql<Record<string, T>>(mutation, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data ?? {})[0] as T;
}

async function setUp(): Promise<Ids> {
  const { data } = await context.server.graphql<{
    cohorts: { nodes: { id: string; number: number }[] };
    organizations: { nodes: { id: string; countyCode: string }[] };
    teams: { nodes: { leadLea: { id: string } }[] };
  }>(`query {
    cohorts { nodes { id number } }
    organizations(filter: { kind: COUNTY_OFFICE, q: "Lake" }) { nodes { id countyCode } }
    teams(filter: { q: "Azusa" }) { nodes { leadLea { id } } }
  }`);
  const countyOffice = data?.organizations.nodes.find((node) => node.countyCode === '17')?.id ?? '';
  const organization =
    'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
  const leaA = (
    await create<{ id: string }>(organization, {
      kind: 'LEA',
      name: 'Lakeside Elementary District',
      countyOfficeId: countyOffice,
    })
  ).id;
  const leaB = (
    await create<{ id: string }>(organization, {
      kind: 'LEA',
      name: 'Hillcrest Joint Unified',
      countyOfficeId: countyOffice,
    })
  ).id;
  const schoolOfB = (
    await create<{ id: string }>(organization, {
      kind: 'SCHOOL',
      name: 'Hillcrest High',
      leaId: leaB,
      gradeSpan: 'HIGH',
    })
  ).id;
  return {
    cohortI: data?.cohorts.nodes.find((cohort) => cohort.number === 1)?.id ?? '',
    cohortIII: data?.cohorts.nodes.find((cohort) => cohort.number === 3)?.id ?? '',
    countyOffice,
    leaA,
    leaB,
    schoolOfB,
    azusa: data?.teams.nodes[0]?.leadLea.id ?? '',
  };
}

describe('teams', () => {
  let consortium: {
    name: string;
    isConsortium: boolean;
    memberLeas: { name: string }[];
    focusSchool: { name: string };
    problemOfPractice: string;
    cohort: { name: string };
  };

  // Every test below reads or changes this team: it is made before them, not by the first.
  beforeAll(async () => {
    ids = await setUp();
    consortium = await create(CREATE, {
      cohortId: ids.cohortIII,
      leadLeaId: ids.leaA,
      memberLeaIds: [ids.leaB],
      focusSchoolId: ids.schoolOfB,
      joinedOn: '2022-08-15',
      commitmentEndsOn: '2024-06-30',
      problemOfPractice: 'Families of rural students rarely attend school site councils.',
    });
  });

  it('creates a consortium team whose focus school belongs to a member LEA', () => {
    expect(consortium).toMatchObject({
      name: 'Lakeside Elementary District',
      isConsortium: true,
      memberLeas: [{ name: 'Hillcrest Joint Unified' }],
      focusSchool: { name: 'Hillcrest High' },
      cohort: { name: 'Cohort III' },
      problemOfPractice: 'Families of rural students rarely attend school site councils.',
    });
  });

  it('keeps every version of the problem of practice', async () => {
    const { data } = await context.server.graphql<{
      teams: { nodes: { id: string; version: number }[] };
    }>('query { teams(filter: { q: "Lakeside" }) { nodes { id version } } }');
    const team = data?.teams.nodes[0];
    const { data: updated } = await context.server.graphql<{
      updateTeam: { problemOfPractice: string; problemOfPracticeVersions: { totalCount: number } };
    }>(UPDATE, {
      id: team?.id,
      version: team?.version,
      input: {
        problemOfPractice: 'Revised: bilingual family circles before site council meetings.',
      },
    });
    expect(updated?.updateTeam.problemOfPractice).toBe(
      'Revised: bilingual family circles before site council meetings.',
    );
    expect(updated?.updateTeam.problemOfPracticeVersions.totalCount).toBe(2);
  });

  it('filters teams by the county office of their lead LEA', async () => {
    const { data } = await context.server.graphql<{ teams: { nodes: { name: string }[] } }>(
      'query ($id: ID!) { teams(filter: { countyOfficeId: $id }) { nodes { name } } }',
      { id: ids.countyOffice },
    );
    expect(data?.teams.nodes.map((team) => team.name)).toEqual([
      'Lakeside Elementary District',
      'Upper Lake Unified School District',
    ]);
  });

  const cases = [
    {
      title: 'a missing cohort',
      input: () => ({ leadLeaId: ids.leaB, joinedOn: '2022-08-15' }),
      field: 'input.cohortId',
    },
    {
      title: 'an unknown cohort',
      input: () => ({
        cohortId: '00000000-0000-4000-8000-000000000000',
        leadLeaId: ids.leaB,
        joinedOn: '2022-08-15',
      }),
      field: 'input.cohortId',
    },
    {
      title: 'a lead that is not an LEA',
      input: () => ({
        cohortId: ids.cohortIII,
        leadLeaId: ids.countyOffice,
        joinedOn: '2022-08-15',
      }),
      field: 'input.leadLeaId',
    },
    {
      title: 'a malformed date',
      input: () => ({ cohortId: ids.cohortIII, leadLeaId: ids.leaB, joinedOn: '15/08/2022' }),
      field: 'input.joinedOn',
    },
    {
      title: 'a commitment that ends before it starts',
      input: () => ({
        cohortId: ids.cohortIII,
        leadLeaId: ids.leaB,
        joinedOn: '2022-08-15',
        commitmentEndsOn: '2022-01-01',
      }),
      field: 'input.commitmentEndsOn',
    },
    {
      title: 'a focus school of another LEA',
      input: () => ({
        cohortId: ids.cohortI,
        leadLeaId: ids.leaA,
        focusSchoolId: ids.schoolOfB,
        joinedOn: '2022-08-15',
      }),
      field: 'input.focusSchoolId',
    },
    {
      title: 'a second team of the same LEA in a cohort',
      input: () => ({ cohortId: ids.cohortIII, leadLeaId: ids.leaA, joinedOn: '2022-08-15' }),
      field: 'input.leadLeaId',
    },
    {
      title: 'the lead LEA as a member too',
      input: () => ({
        cohortId: ids.cohortI,
        leadLeaId: ids.leaB,
        memberLeaIds: [ids.leaB],
        joinedOn: '2022-08-15',
      }),
      field: 'input.memberLeaIds.0',
    },
  ];

  it.each(cases)(
    'refuses $title with BAD_USER_INPUT naming $field, changing nothing',
    async ({ input, field }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await context.server.graphql(CREATE, { input: input() });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toContain(field);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
