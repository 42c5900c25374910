import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const CREATE =
  'mutation ($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id version list name value } }';
const DELETE = 'mutation ($id: ID!) { deleteSavedQuery(id: $id) }';
const MINE =
  'query ($list: String) { savedQueries(filter: { list: $list }) { totalCount nodes { id list name value } } }';
const ONE = 'query ($id: ID!) { savedQuery(id: $id) { id name } }';

/** What react-admin keeps of a list's state: filter values, sort, page size, shown filters. */
const activeAzusa = {
  filter: { active: true, teamId: 'a-team' },
  sort: { field: 'startedOn', order: 'DESC' },
  perPage: 25,
  displayedFilters: { teamId: true },
};

let viewers: DemoViewers;

const saved = (client: GraphqlClient, input: Record<string, unknown>) =>
  client.graphql<{ createSavedQuery: { id: string; name: string; value: unknown } }>(CREATE, {
    input: { list: 'memberships', value: activeAzusa, ...input },
  });

async function mine(client: GraphqlClient, list?: string) {
  const { data, errors } = await client.graphql<{
    savedQueries: { totalCount: number; nodes: { id: string; name: string; list: string }[] };
  }>(MINE, { list });
  expect(errors).toBeUndefined();
  return data?.savedQueries;
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
});

describe('saved queries', () => {
  it('are saved by anyone signed in and listed back by list, by name', async () => {
    const first = await saved(viewers.lead, { name: 'Active on Azusa' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createSavedQuery).toMatchObject({
      name: 'Active on Azusa',
      value: activeAzusa,
    });
    await saved(viewers.lead, { name: 'All ended', value: { filter: { active: false } } });
    await saved(viewers.lead, { list: 'teams', name: 'Active on Azusa' });

    const memberships = await mine(viewers.lead, 'memberships');
    expect(memberships?.nodes.map((query) => query.name)).toEqual(['Active on Azusa', 'All ended']);
    expect(memberships?.totalCount).toBe(2);
    expect((await mine(viewers.lead))?.totalCount).toBe(3);
  });

  it('are nobody else’s: not another role’s, not an admin’s, not even counted', async () => {
    const [query] = (await mine(viewers.lead, 'teams'))?.nodes ?? [];
    for (const client of [viewers.staff, viewers.liaison, viewers.partner, context.server]) {
      expect(await mine(client)).toEqual({ totalCount: 0, nodes: [] });
      const lookup = await client.graphql<{ savedQuery: unknown }>(ONE, { id: query?.id });
      expect(lookup.errors).toBeUndefined();
      expect(lookup.data?.savedQuery).toBeNull();
    }
  });

  it('are removed by their owner', async () => {
    const created = await saved(viewers.staff, { name: 'To remove' });
    const id = created.data?.createSavedQuery.id;
    const { data, errors } = await viewers.staff.graphql<{ deleteSavedQuery: string }>(DELETE, {
      id,
    });
    expect(errors).toBeUndefined();
    expect(data?.deleteSavedQuery).toBe(id);
    expect(await mine(viewers.staff)).toEqual({ totalCount: 0, nodes: [] });
  });

  it.each([
    { title: 'a CEI admin', client: () => context.server },
    { title: 'CEI staff', client: () => viewers.staff },
    { title: 'a COE liaison', client: () => viewers.liaison },
  ])('refuses $title the removal of someone else’s, changing nothing', async ({ client }) => {
    const [query] = (await mine(viewers.lead, 'teams'))?.nodes ?? [];
    const before = await databaseSnapshot(context.server.orm);
    const { data, errors } = await client().graphql(DELETE, { id: query?.id });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  const refusals: {
    title: string;
    client: () => GraphqlClient;
    input: Record<string, unknown>;
    code: string;
    field?: string;
    message: RegExp;
  }[] = [
    {
      title: 'a name already used on the list, in any case',
      client: () => viewers.lead,
      input: { name: 'active ON azusa' },
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      message: /already have a saved query named "active ON azusa" on memberships/,
    },
    {
      title: 'a blank name',
      client: () => viewers.lead,
      input: { name: '   ' },
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      message: /must not be blank/,
    },
    {
      title: 'a name longer than 100 characters',
      client: () => viewers.lead,
      input: { name: 'x'.repeat(101) },
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      message: /between 1 and 100/,
    },
    {
      title: 'a list that is not a list name',
      client: () => viewers.lead,
      input: { name: 'Odd', list: '../teams' },
      code: 'BAD_USER_INPUT',
      field: 'input.list',
      message: /must be a list name/,
    },
    {
      title: 'a value that is not an object',
      client: () => viewers.lead,
      input: { name: 'Odd', value: ['a'] },
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      message: /must be a JSON object/,
    },
    {
      title: 'a value over 10000 characters',
      client: () => viewers.lead,
      input: { name: 'Huge', value: { filter: { q: 'x'.repeat(10_000) } } },
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      message: /at most 10000 characters/,
    },
    {
      title: 'an API token',
      client: () => viewers.api,
      input: { name: 'Token' },
      code: 'FORBIDDEN',
      message: /API tokens are read-only/,
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      input: { name: 'Public' },
      code: 'UNAUTHENTICATED',
      message: /Sign in/,
    },
  ];

  it.each(refusals)(
    'refuses $title with $code, saving nothing',
    async ({ client, input, code, field, message }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await saved(client(), input);
      expect(data?.createSavedQuery ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) {
        const problem = errors?.[0]?.extensions?.fields?.find((each) => each.path === field);
        expect(problem?.message, JSON.stringify(errors)).toMatch(message);
      } else {
        expect(errors?.[0]?.message).toMatch(message);
      }
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );

  it('keeps at most 50 per list and account', async () => {
    // 49 written directly (the path is tested above), the 50th through the API.
    await context.server.em().execute(
      `insert into saved_query (id, version, created_at, updated_at, owner_id, list, name, value)
       select gen_random_uuid(), 1, now(), now(), a.id, 'people', 'Query ' || n, '{}'::jsonb
       from account a, generate_series(1, 49) n where a.email = 'partner@example.org'`,
    );
    expect(
      (await saved(viewers.partner, { list: 'people', name: 'Query 50' })).errors,
    ).toBeUndefined();
    const { errors } = await saved(viewers.partner, { list: 'people', name: 'One too many' });
    expect(errors?.[0]?.extensions?.fields?.[0]).toEqual({
      path: 'input.list',
      message: 'already has 50 saved queries; remove one first',
    });
  });
});
