import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

const COHORTS = /* GraphQL */ `
  query {
    cohorts(orderBy: [{ field: NUMBER }]) {
      totalCount
      nodes {
        name
        number
        status
        applicationDueAt
        stipendPerTeamPerYear
        deadlineHistory { totalCount nodes { dueAt reason } }
        teams(limit: 100) {
          totalCount
          nodes { name leadLea { name kind countyOffice { name kind } } }
        }
        convenings(limit: 100) { totalCount nodes { programYear number startsAt modality } }
      }
    }
  }
`;

interface CohortsData {
  cohorts: {
    totalCount: number;
    nodes: {
      name: string;
      applicationDueAt: string | null;
      stipendPerTeamPerYear: string | null;
      deadlineHistory: { totalCount: number; nodes: { dueAt: string; reason: string }[] };
      teams: {
        totalCount: number;
        nodes: { name: string; leadLea: { name: string; countyOffice: { name: string } } }[];
      };
      convenings: {
        totalCount: number;
        nodes: { programYear: string; number: number; startsAt: string }[];
      };
    }[];
  };
}

describe('reference data', () => {
  it('lists Cohort I with its 6 districts and Cohort II with its 12, each with its county office', async () => {
    const { data, errors } = await context.server.graphql<CohortsData>(COHORTS);
    expect(errors).toBeUndefined();
    const [cohortI, cohortII] = data?.cohorts.nodes ?? [];
    expect(cohortI?.name).toBe('Cohort I');
    expect(cohortI?.teams.totalCount).toBe(6);
    expect(cohortII?.name).toBe('Cohort II');
    expect(cohortII?.teams.totalCount).toBe(12);
    const azusa = cohortI?.teams.nodes.find(
      (team) => team.name === 'Azusa Unified School District',
    );
    expect(azusa?.leadLea.countyOffice.name).toBe('Los Angeles County Office of Education');
    const victorValley = cohortII?.teams.nodes.find((team) =>
      team.name.startsWith('Victor Valley'),
    );
    expect(victorValley?.leadLea.countyOffice.name).toBe(
      'San Bernardino County Superintendent of Schools',
    );
    for (const team of [...(cohortI?.teams.nodes ?? []), ...(cohortII?.teams.nodes ?? [])]) {
      expect(team.leadLea.countyOffice.name).toMatch(
        /County (Office|Department) of Education|County Superintendent of Schools/,
      );
    }
  });

  it("gives Cohort I its 8 convenings of 2019-20 on the seed document's dates", async () => {
    const { data } = await context.server.graphql<CohortsData>(COHORTS);
    const convenings = data?.cohorts.nodes[0]?.convenings;
    expect(convenings?.totalCount).toBe(8);
    expect(convenings?.nodes.map((convening) => [convening.programYear, convening.number])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ['2019-20', number]),
    );
    // 9 a.m. Pacific: 16:00Z in daylight time (29 Aug), 17:00Z in standard time (10 Dec).
    expect(convenings?.nodes[0]?.startsAt).toBe('2019-08-29T16:00:00.000Z');
    expect(convenings?.nodes[3]?.startsAt).toBe('2019-12-10T17:00:00.000Z');
  });

  it("keeps Cohort III's moved deadline with its history and its $30,000 stipend", async () => {
    const { data } = await context.server.graphql<CohortsData>(COHORTS);
    const cohortIII = data?.cohorts.nodes[2];
    expect(cohortIII?.applicationDueAt).toBe('2022-06-16T16:00:00.000Z');
    expect(cohortIII?.stipendPerTeamPerYear).toBe('30000.00');
    expect(cohortIII?.deadlineHistory.nodes.map((deadline) => deadline.dueAt).sort()).toEqual([
      '2022-05-17T16:00:00.000Z',
      '2022-06-16T16:00:00.000Z',
    ]);
  });

  it('ships all 58 county offices and the four lead agencies', async () => {
    const { data } = await context.server.graphql<{
      organizations: { totalCount: number };
      leadAgencies: { nodes: { isLead: boolean; organization: { shortName: string } }[] };
    }>(`query {
      organizations(filter: { kind: COUNTY_OFFICE }, limit: 0) { totalCount }
      leadAgencies(filter: { phase: CEI_1_0 }) { nodes { isLead organization { shortName } } }
    }`);
    expect(data?.organizations.totalCount).toBe(58);
    expect(data?.leadAgencies.nodes.map((agency) => agency.organization.shortName).sort()).toEqual([
      'CABE',
      'CCEE',
      'FIS',
      'SBCSS',
    ]);
    expect(data?.leadAgencies.nodes.find((agency) => agency.isLead)?.organization.shortName).toBe(
      'SBCSS',
    );
  });
});

describe('cohort mutations', () => {
  it('records a moved deadline in the history', async () => {
    const { data: created } = await context.server.graphql<{
      createCohort: { id: string; version: number };
    }>(
      `mutation { createCohort(input: { number: 4, name: "Cohort IV", phase: CEI_2_0, applicationDueAt: "2023-05-01T16:00:00Z" }) { id version } }`,
    );
    const cohort = created?.createCohort;
    const { data, errors } = await context.server.graphql<{
      updateCohort: { deadlineHistory: { nodes: { dueAt: string; reason: string | null }[] } };
    }>(
      `mutation ($id: ID!, $version: Int!) {
        updateCohort(id: $id, version: $version, input: { applicationDueAt: "2023-06-01T16:00:00Z", deadlineReason: "Extended" }) {
          deadlineHistory { nodes { dueAt reason } }
        }
      }`,
      { id: cohort?.id, version: cohort?.version },
    );
    expect(errors).toBeUndefined();
    expect(data?.updateCohort.deadlineHistory.nodes).toEqual([
      { dueAt: '2023-06-01T16:00:00.000Z', reason: 'Extended' },
      { dueAt: '2023-05-01T16:00:00.000Z', reason: null },
    ]);
  });

  it.each([
    { title: 'a missing name', input: { number: 9, phase: 'CEI_2_0' }, field: 'input.name' },
    {
      title: 'a duplicate number',
      input: { number: 1, name: 'Another', phase: 'CEI_2_0' },
      field: 'input.number',
    },
    {
      title: 'a duplicate name',
      input: { number: 9, name: 'Cohort I', phase: 'CEI_2_0' },
      field: 'input.name',
    },
    {
      title: 'a window that closes before it opens',
      input: {
        number: 9,
        name: 'IX',
        phase: 'CEI_2_0',
        applicationOpensAt: '2023-06-01T00:00:00Z',
        applicationDueAt: '2023-05-01T00:00:00Z',
      },
      field: 'input.applicationDueAt',
    },
    {
      title: 'a malformed stipend',
      input: { number: 9, name: 'IX', phase: 'CEI_2_0', stipendPerTeamPerYear: '30,000' },
      field: 'input.stipendPerTeamPerYear',
    },
    {
      title: 'an unknown phase',
      input: { number: 9, name: 'IX', phase: 'CEI_3_0' },
      field: 'input.phase',
    },
    {
      title: 'a negative convening count',
      input: { number: 9, name: 'IX', phase: 'CEI_2_0', conveningsExpectedPerYear: -1 },
      field: 'input.conveningsExpectedPerYear',
    },
  ])(
    'refuses $title with BAD_USER_INPUT naming the field, changing nothing',
    async ({ input, field }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await context.server.graphql(
        'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
        { input },
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toContain(field);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
