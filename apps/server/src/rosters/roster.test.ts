import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

const CREATE_PERSON =
  'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id email kind } }';
const CREATE_MEMBERSHIP =
  'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id version role startedOn endedOn person { givenName } team { name } } }';
const UPDATE_MEMBERSHIP =
  'mutation ($id: ID!, $version: Int!, $input: UpdateMembershipInput!) { updateMembership(id: $id, version: $version, input: $input) { id version endedOn endReason } }';

let teamId: string;
let professionalId: string;
let studentId: string;

async function run<T>(mutation: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await context.server.graphql<Record<string, T>>(mutation, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data ?? {})[0] as T;
}

describe('people and memberships', () => {
  let rita: { id: string; email: string };
  let ritasSeat: { role: string; person: { givenName: string }; team: { name: string } };

  // The people and the seat every test below uses: made before them, not by the first.
  beforeAll(async () => {
    const { data } = await context.server.graphql<{ teams: { nodes: { id: string }[] } }>(
      'query { teams(filter: { q: "Oxnard" }) { nodes { id } } }',
    );
    teamId = data?.teams.nodes[0]?.id ?? '';
    rita = await run(CREATE_PERSON, {
      input: {
        givenName: 'Rita',
        familyName: 'Example',
        email: 'Rita.Example@Example.org',
        title: 'Principal',
        preferredLanguage: 'SPANISH',
      },
    });
    professionalId = rita.id;
    studentId = (
      await run<{ id: string }>(CREATE_PERSON, {
        input: { givenName: 'Sam', familyName: 'Student', kind: 'STUDENT' },
      })
    ).id;
    ritasSeat = await run(CREATE_MEMBERSHIP, {
      input: {
        teamId,
        personId: professionalId,
        role: 'SITE_ADMINISTRATOR',
        startedOn: '2019-08-29',
      },
    });
  });

  it('adds a person with a lower-cased email and puts them on a team', () => {
    expect(rita.email).toBe('rita.example@example.org');
    expect(ritasSeat).toMatchObject({
      role: 'SITE_ADMINISTRATOR',
      person: { givenName: 'Rita' },
      team: { name: 'Oxnard School District' },
    });
  });

  it('ends a membership and lists the team roster with active and ended members', async () => {
    const membership = await run<{ id: string; version: number }>(CREATE_MEMBERSHIP, {
      input: { teamId, personId: professionalId, role: 'SITE_STAFF', startedOn: '2019-08-29' },
    });
    const ended = await run<{ endedOn: string; endReason: string }>(UPDATE_MEMBERSHIP, {
      id: membership.id,
      version: membership.version,
      input: { endedOn: '2020-06-30', endReason: 'LEFT_POSITION' },
    });
    expect(ended).toMatchObject({ endedOn: '2020-06-30', endReason: 'LEFT_POSITION' });
    const { data } = await context.server.graphql<{
      team: { active: { totalCount: number }; ended: { nodes: { role: string }[] } };
    }>(
      'query ($id: ID!) { team(id: $id) { active: memberships(filter: { active: true }) { totalCount } ended: memberships(filter: { active: false }) { nodes { role } } } }',
      { id: teamId },
    );
    expect(data?.team.active.totalCount).toBe(1);
    expect(data?.team.ended.nodes).toEqual([{ role: 'SITE_STAFF' }]);
  });

  const cases = [
    {
      title: 'a missing family name',
      mutation: CREATE_PERSON,
      variables: () => ({ input: { givenName: 'A' } }),
      field: 'input.familyName',
    },
    {
      title: 'a malformed email',
      mutation: CREATE_PERSON,
      variables: () => ({ input: { givenName: 'A', familyName: 'B', email: 'not-an-email' } }),
      field: 'input.email',
    },
    {
      title: 'a duplicate email',
      mutation: CREATE_PERSON,
      variables: () => ({
        input: { givenName: 'A', familyName: 'B', email: 'RITA.example@example.org' },
      }),
      field: 'input.email',
    },
    {
      title: 'a malformed phone',
      mutation: CREATE_PERSON,
      variables: () => ({ input: { givenName: 'A', familyName: 'B', phone: 'call me' } }),
      field: 'input.phone',
    },
    {
      title: 'a membership that ends before it starts',
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: {
          teamId,
          personId: professionalId,
          role: 'SITE_STAFF',
          startedOn: '2021-01-01',
          endedOn: '2020-01-01',
        },
      }),
      field: 'input.endedOn',
    },
    {
      title: 'an unknown team',
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: {
          teamId: '00000000-0000-4000-8000-000000000000',
          personId: professionalId,
          role: 'SITE_STAFF',
          startedOn: '2021-01-01',
        },
      }),
      field: 'input.teamId',
    },
    {
      title: 'an unknown role',
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: { teamId, personId: professionalId, role: 'MASCOT', startedOn: '2021-01-01' },
      }),
      field: 'input.role',
    },
    {
      title: "a student in a staff member's seat",
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: { teamId, personId: studentId, role: 'SITE_STAFF', startedOn: '2021-01-01' },
      }),
      field: 'input.role',
    },
    {
      title: 'the same seat twice at once',
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: {
          teamId,
          personId: professionalId,
          role: 'SITE_ADMINISTRATOR',
          startedOn: '2021-01-01',
        },
      }),
      field: 'input.role',
    },
    {
      title: 'an end reason without an end date',
      mutation: CREATE_MEMBERSHIP,
      variables: () => ({
        input: {
          teamId,
          personId: studentId,
          role: 'STUDENT',
          startedOn: '2021-01-01',
          endReason: 'GRADUATED',
        },
      }),
      field: 'input.endReason',
    },
  ];

  it.each(cases)(
    'refuses $title with BAD_USER_INPUT naming $field, changing nothing',
    async ({ mutation, variables, field }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await context.server.graphql(mutation, variables());
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toContain(field);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
