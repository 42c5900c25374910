import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

const CREATE =
  'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id programYear number cohorts { name } } }';
let cohortI: string;
let cohortII: string;

describe('convenings', () => {
  beforeAll(async () => {
    const { data } = await context.server.graphql<{
      cohorts: { nodes: { id: string; number: number }[] };
    }>('query { cohorts { nodes { id number } } }');
    cohortI = data?.cohorts.nodes.find((cohort) => cohort.number === 1)?.id ?? '';
    cohortII = data?.cohorts.nodes.find((cohort) => cohort.number === 2)?.id ?? '';
  });

  it('schedules a joint convening of two cohorts, listed under each', async () => {
    const created = await context.server.graphql<{
      createConvening: { cohorts: { name: string }[] };
    }>(CREATE, {
      input: {
        cohortIds: [cohortI, cohortII],
        programYear: '2020-21',
        number: 1,
        modality: 'HYBRID',
        kind: 'STATEWIDE_TRAINING',
        startsAt: '2020-12-03T17:00:00Z',
        venue: 'Sacramento',
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createConvening.cohorts.map((cohort) => cohort.name).sort()).toEqual([
      'Cohort I',
      'Cohort II',
    ]);
    const { data: listed } = await context.server.graphql<{ convenings: { totalCount: number } }>(
      'query ($id: ID!) { convenings(filter: { cohortId: $id, programYear: "2020-21" }) { totalCount } }',
      { id: cohortII },
    );
    expect(listed?.convenings.totalCount).toBe(1);
  });

  const cases = [
    {
      title: 'no cohort',
      input: () => ({
        cohortIds: [],
        programYear: '2020-21',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-01-10T17:00:00Z',
      }),
      field: 'input.cohortIds',
    },
    {
      title: 'a malformed program year',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2020',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-01-10T17:00:00Z',
      }),
      field: 'input.programYear',
    },
    {
      title: 'a program year whose years do not follow',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2020-23',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-01-10T17:00:00Z',
      }),
      field: 'input.programYear',
    },
    {
      title: 'a start outside the program year',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2020-21',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-07-01T17:00:00Z',
      }),
      field: 'input.startsAt',
    },
    {
      title: 'an end before the start',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2020-21',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-01-10T17:00:00Z',
        endsAt: '2021-01-10T16:00:00Z',
      }),
      field: 'input.endsAt',
    },
    {
      title: 'a number already used in the year',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2019-20',
        number: 3,
        modality: 'VIRTUAL',
        startsAt: '2020-03-10T17:00:00Z',
      }),
      field: 'input.number',
    },
    {
      title: 'a malformed instant',
      input: () => ({
        cohortIds: [cohortI],
        programYear: '2020-21',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: 'next Tuesday',
      }),
      field: 'input.startsAt',
    },
    {
      title: 'an unknown cohort',
      input: () => ({
        cohortIds: ['00000000-0000-4000-8000-000000000000'],
        programYear: '2020-21',
        number: 2,
        modality: 'VIRTUAL',
        startsAt: '2021-01-10T17:00:00Z',
      }),
      field: 'input.cohortIds.0',
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
