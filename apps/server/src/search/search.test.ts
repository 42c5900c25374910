import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { rankOf, wordsOf } from './search.service.js';

const context = useTestServer({ demo: true });

interface Hit {
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
}

const SEARCH =
  'query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { kind id title subtitle } }';

let viewers: DemoViewers;
/** On the Riverside Unified team (a liaison's county; the partner's CBO joins it below). */
let riversideStudent: string;
let riversideCoordinator: string;
/** On the Azusa team, the team lead's. */
let azusaStudent: string;

async function searchAs(client: GraphqlClient, text: string, limit?: number): Promise<Hit[]> {
  const { data, errors } = await client.graphql<{ search: Hit[] }>(SEARCH, { text, limit });
  expect(errors).toBeUndefined();
  return data?.search ?? [];
}

async function admin<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await context.server.graphql<T>(query, variables);
  expect(errors).toBeUndefined();
  return data as T;
}

async function teamId(name: string): Promise<string> {
  const data = await admin<{ teams: { nodes: { id: string; name: string }[] } }>(
    'query ($q: String) { teams(filter: { q: $q }) { nodes { id name } } }',
    { q: name },
  );
  const team = data.teams.nodes.find((node) => node.name.startsWith(name));
  if (!team) throw new Error(`no team ${name}`);
  return team.id;
}

async function addMember(
  team: string,
  person: Record<string, unknown>,
  role: string,
  organizationId?: string,
): Promise<string> {
  const created = await admin<{ createPerson: { id: string } }>(
    'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: person },
  );
  await admin(
    'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
    {
      input: {
        teamId: team,
        personId: created.createPerson.id,
        role,
        startedOn: '2024-08-01',
        organizationId,
      },
    },
  );
  return created.createPerson.id;
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const partner = await viewers.partner.graphql<{
    me: { scopeBindings: { nodes: { organization: { id: string } | null }[] } };
  }>('{ me { scopeBindings { nodes { organization { id } } } } }');
  const partnerOrganization = partner.data?.me.scopeBindings.nodes[0]?.organization?.id;
  if (!partnerOrganization) throw new Error('the demo partner has no organization');

  const riverside = await teamId('Riverside Unified');
  riversideStudent = await addMember(
    riverside,
    {
      givenName: 'Zephyrine',
      familyName: 'Quillfeather',
      kind: 'STUDENT',
      email: 'zq@example.org',
    },
    'STUDENT',
  );
  riversideCoordinator = await addMember(
    riverside,
    {
      givenName: 'Octavian',
      familyName: 'Brightwater',
      title: 'Family Engagement Coordinator',
      email: 'obrightwater@example.org',
    },
    'COMMUNITY_PARTNER',
    partnerOrganization,
  );
  azusaStudent = await addMember(
    await teamId('Azusa'),
    { givenName: 'Zephyrine', familyName: 'Quillmoss', kind: 'STUDENT' },
    'STUDENT',
  );
});

describe('global search', () => {
  it('finds organizations and teams for every signed-in role, API partners included', async () => {
    for (const client of Object.values(viewers)) {
      const hits = await searchAs(client, 'riverside unified');
      expect(hits.map((hit) => [hit.kind, hit.title])).toEqual(
        expect.arrayContaining([
          ['ORGANIZATION', 'Riverside Unified School District'],
          ['TEAM', expect.stringMatching(/^Riverside Unified/)],
        ]),
      );
      expect(hits.every((hit) => hit.kind !== 'PERSON')).toBe(true);
    }
  });

  it('refuses the public', async () => {
    const { errors } = await context.server.anonymous.graphql(SEARCH, { text: 'riverside' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds a student by name for CEI staff and for nobody who may not read the name', async () => {
    const staff = await searchAs(viewers.staff, 'quillfeather');
    expect(staff).toEqual([
      { kind: 'PERSON', id: riversideStudent, title: 'Zephyrine Quillfeather', subtitle: null },
    ]);
    // The liaison and the partner cover the team (they list the student, with the name hidden),
    // the team lead does not; the API partner sees no people.
    for (const client of [viewers.liaison, viewers.partner, viewers.lead, viewers.api]) {
      expect(await searchAs(client, 'quillfeather')).toEqual([]);
      expect(await searchAs(client, 'Zephyrine Quillfeather')).toEqual([]);
      expect(await searchAs(client, 'zq@example.org')).toEqual([]);
    }
  });

  it('does not find people by a hidden name through a partial word either', async () => {
    for (const client of [viewers.liaison, viewers.partner]) {
      expect(await searchAs(client, 'uillfeath')).toEqual([]);
      expect(await searchAs(client, 'zephyr')).toEqual([]);
    }
  });

  it('finds a team lead their own student, and logs the read of the protected name', async () => {
    const hits = await searchAs(viewers.lead, 'zephyrine');
    expect(hits).toEqual([
      { kind: 'PERSON', id: azusaStudent, title: 'Zephyrine Quillmoss', subtitle: null },
    ]);
    const events = await context.server
      .em()
      .execute(
        "select changes from audit_event where action = 'PROTECTED_READ' and entity_id = ?",
        [azusaStudent],
      );
    expect(events).toEqual([{ changes: { fields: ['familyName', 'givenName'] } }]);
  });

  it('finds professionals by name and title for the roles that read the directory', async () => {
    const expected = {
      kind: 'PERSON',
      id: riversideCoordinator,
      title: 'Octavian Brightwater',
      subtitle: 'Family Engagement Coordinator',
    };
    for (const client of [viewers.staff, viewers.liaison, viewers.partner]) {
      expect(await searchAs(client, 'brightwater')).toEqual([expected]);
      expect(await searchAs(client, 'octavian bright')).toEqual([expected]);
      expect(await searchAs(client, 'engagement coordinator')).toContainEqual(expected);
    }
    // Out of the lead's scope; the API partner reads no one's name.
    expect(await searchAs(viewers.lead, 'brightwater')).toEqual([]);
    expect(await searchAs(viewers.api, 'brightwater')).toEqual([]);
  });

  it('matches emails only for those who may read them', async () => {
    expect((await searchAs(viewers.staff, 'obrightwater@')).map((hit) => hit.id)).toEqual([
      riversideCoordinator,
    ]);
    expect((await searchAs(viewers.liaison, 'obrightwater@')).map((hit) => hit.id)).toEqual([
      riversideCoordinator,
    ]);
    expect(await searchAs(viewers.api, 'obrightwater@')).toEqual([]);
  });

  it('ranks whole and starting matches before matches inside a word, and keeps to the limit', async () => {
    const hits = await searchAs(viewers.staff, 'azusa', 20);
    const titles = hits.map((hit) => hit.title);
    expect(titles[0]).toMatch(/^Azusa/);
    const ranks = titles.map((title) => rankOf(title, ['azusa']));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await searchAs(viewers.staff, 'a', 3)).toHaveLength(3);
    expect((await searchAs(viewers.staff, 'a', 500)).length).toBeLessThanOrEqual(20);
  });

  it('answers blank text with nothing and refuses text too long, naming the argument', async () => {
    expect(await searchAs(viewers.staff, '   ')).toEqual([]);
    const { errors } = await viewers.staff.graphql(SEARCH, { text: 'x'.repeat(101) });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'text', message: 'must be at most 100 characters' }],
    });
  });

  it('treats LIKE wildcards as text', async () => {
    expect(await searchAs(viewers.staff, '%')).toEqual([]);
    expect(await searchAs(viewers.staff, '_')).toEqual([]);
  });
});

describe('ranking', () => {
  it.each([
    ['azusa', 'Azusa', 0],
    ['azusa', 'Azusa Unified School District', 1],
    ['unified azusa', 'Azusa Unified School District', 2],
    ['zusa', 'Azusa Unified School District', 3],
  ])('ranks "%s" in "%s" as %i', (text, title, rank) => {
    expect(rankOf(title, wordsOf(text))).toBe(rank);
  });
});
