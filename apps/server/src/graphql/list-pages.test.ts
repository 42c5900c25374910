import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * A page and its `totalCount` come from one SQL statement (root lists: the total and the page
 * side by side; nested lists: a window per parent). The edges of that: pages past the end, the
 * empty page after the last cursor, `limit: 0`, and sorts with ties.
 */
// Statements are counted here: one budget window for the file, and no budget in the way.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });
const { sql } = context;
let viewers: DemoViewers;

beforeAll(async () => {
  viewers = await demoViewers(context.server);
});

interface TeamPage {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The answer and the statements it took, the viewer's lookup included. */
async function ask<T>(client: GraphqlClient, query: string, variables?: Record<string, unknown>) {
  const { result, statements } = await countStatements(context.server.orm, () =>
    client.graphql<T>(query, variables),
  );
  expect(result.errors).toBeUndefined();
  return { data: result.data as T, statements: statements.length };
}

const riversideTeams = `select t.id from team t join organization l on l.id = t.lead_lea_id
    join organization c on c.id = l.county_office_id where c.county_code = '33'
  union select tl.team_id from team_lea tl join organization l on l.id = tl.lea_id
    join organization c on c.id = l.county_office_id where c.county_code = '33'`;

describe('a page and its total in one statement', () => {
  it('tells the true total on a page past the end, of a root list and of nested lists', async () => {
    const [covered] = await sql<{ count: string }>(`select count(*) from (${riversideTeams}) t`);
    expect(Number(covered?.count)).toBeGreaterThan(0);
    const root = await ask<{ teams: TeamPage }>(
      viewers.liaison,
      '{ teams(filter: { inScope: true }, offset: 10000, limit: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
    );
    expect(root.data.teams).toEqual({
      totalCount: Number(covered?.count),
      nodes: [],
      pageInfo: { endCursor: null, hasNextPage: false },
    });
    expect(root.statements).toBe(2);

    const perCohort = await sql<{ id: string; count: string }>(
      'select c.id, count(t.id) from cohort c left join team t on t.cohort_id = c.id group by c.id',
    );
    // Built in SQL (scope/compiled-read.ts) and, sent to the resolvers by a directive, windowed.
    for (const [via, statements] of [
      ['', 2],
      ['__typename @include(if: true)', 3],
    ] as const) {
      const nested = await ask<{ cohorts: { nodes: { id: string; teams: TeamPage }[] } }>(
        viewers.staff,
        `{ cohorts { nodes { ${via} id teams(offset: 10000, limit: 5) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } } } }`,
      );
      expect(
        Object.fromEntries(nested.data.cohorts.nodes.map((cohort) => [cohort.id, cohort.teams])),
      ).toEqual(
        Object.fromEntries(
          perCohort.map((cohort) => [
            cohort.id,
            {
              totalCount: Number(cohort.count),
              nodes: [],
              pageInfo: { endCursor: null, hasNextPage: false },
            },
          ]),
        ),
      );
      expect(nested.statements, via).toBe(statements);
    }
  });

  it('tells the total of the change window on the empty page after the last cursor', async () => {
    const [{ now } = { now: '' }] = await sql<{ now: string }>(
      "select (now() - interval '1 second')::text as now",
    );
    await sql(
      'update team set name = name where id in (select id from team order by name limit 3)',
    );
    const query = `query ($after: String) { teams(after: $after, limit: 2, orderBy: [{ field: UPDATED_AT }],
      filter: { updatedAtFrom: "${new Date(now).toISOString()}" }) {
      totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const first = await ask<{ teams: TeamPage }>(viewers.api, query);
    expect(first.data.teams.totalCount).toBe(3);
    expect(first.data.teams.nodes).toHaveLength(2);
    expect(first.data.teams.pageInfo.hasNextPage).toBe(true);
    const second = await ask<{ teams: TeamPage }>(viewers.api, query, {
      after: first.data.teams.pageInfo.endCursor,
    });
    expect(second.data.teams.totalCount).toBe(3);
    expect(second.data.teams.nodes).toHaveLength(1);
    expect(second.data.teams.pageInfo.hasNextPage).toBe(false);
    const past = await ask<{ teams: TeamPage }>(viewers.api, query, {
      after: second.data.teams.pageInfo.endCursor,
    });
    expect(past.data.teams).toEqual({
      totalCount: 3,
      nodes: [],
      pageInfo: { endCursor: second.data.teams.pageInfo.endCursor, hasNextPage: false },
    });
    expect(past.statements).toBe(2);
    const updated = await sql<{ id: string }>('select id from team where updated_at >= ?', [now]);
    expect(
      new Set([...first.data.teams.nodes, ...second.data.teams.nodes].map((node) => node.id)),
    ).toEqual(new Set(updated.map((row) => row.id)));
  });

  it('ANDs a row rule into a page past a sync cursor as often as into the first page', async () => {
    // Each of the page's two reads (the total, the page) holds the liaison's rule on memberships
    // once: the where clause `readable` made carries it, the scope filter adds no second copy,
    // also once narrowed past a cursor (ScopedData.narrowed).
    const query = `query ($after: String) { memberships(after: $after, limit: 2, orderBy: [{ field: UPDATED_AT }]) {
      totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`;
    const rules = async (after?: string | null) => {
      const { result, statements } = await countStatements(context.server.orm, () =>
        viewers.liaison.graphql<{ memberships: TeamPage }>(query, { after }),
      );
      expect(result.errors).toBeUndefined();
      const page = statements.find((text) => text.includes('"membership"')) ?? '';
      return { page: result.data?.memberships, rules: page.split('team_county_office').length - 1 };
    };
    const first = await rules();
    expect(first.page?.pageInfo.hasNextPage).toBe(true);
    expect(first.rules).toBe(2);
    const second = await rules(first.page?.pageInfo.endCursor);
    expect(second.page?.nodes).toHaveLength(2);
    expect(second.rules).toBe(2);
  });

  it('answers limit 0 with the total alone, in the sync order too', async () => {
    const [teams] = await sql<{ count: string }>('select count(*) from team');
    for (const orderBy of ['NAME', 'UPDATED_AT']) {
      const { data, statements } = await ask<{ teams: TeamPage }>(
        viewers.api,
        `{ teams(limit: 0, orderBy: [{ field: ${orderBy} }]) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
      );
      expect(data.teams).toEqual({
        totalCount: Number(teams?.count),
        nodes: [],
        pageInfo: { hasNextPage: true },
      });
      expect(statements).toBe(2);
    }
  });

  it('pages a sort with ties neither repeating nor skipping a row, at the root and nested', async () => {
    const order = 'order by status, name, id';
    const expected = (await sql<{ id: string }>(`select id from team ${order}`)).map(
      (row) => row.id,
    );
    const [cohort] = await sql<{ id: string }>(
      'select cohort_id as id from team group by cohort_id order by count(*) desc limit 1',
    );
    const expectedNested = (
      await sql<{ id: string }>(`select id from team where cohort_id = ? ${order}`, [cohort?.id])
    ).map((row) => row.id);

    // Built in SQL, and by the resolvers (a directive sends the query to them).
    for (const via of ['', '__typename @include(if: true)']) {
      const root: string[] = [];
      const nested: string[] = [];
      for (let offset = 0; offset < expected.length; offset += 4) {
        const { data } = await ask<{
          teams: TeamPage;
          cohort: { teams: TeamPage };
        }>(
          viewers.staff,
          `query ($offset: Int!, $cohort: ID!) {
          teams(orderBy: [{ field: STATUS }], offset: $offset, limit: 4) { ${via} totalCount nodes { id } pageInfo { endCursor hasNextPage } }
          cohort(id: $cohort) { ${via} teams(orderBy: [{ field: STATUS }], offset: $offset, limit: 4) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }
        }`,
          { offset, cohort: cohort?.id },
        );
        expect(data.teams.totalCount).toBe(expected.length);
        expect(data.teams.pageInfo.hasNextPage).toBe(offset + 4 < expected.length);
        expect(data.cohort.teams.totalCount).toBe(expectedNested.length);
        root.push(...data.teams.nodes.map((node) => node.id));
        nested.push(...data.cohort.teams.nodes.map((node) => node.id));
      }
      expect(root).toEqual(expected);
      expect(nested).toEqual(expectedNested);
    }
  });
});

describe('a search (`q`)', () => {
  /** The ids whose fields contain `text`, ignoring case, by SQL written apart from where.ts. */
  const containing = async (from: string, fields: string[], text: string) =>
    (
      await sql<{ id: string }>(
        `select id from ${from} where ${fields.map((field) => `strpos(lower(${field}), lower(?)) > 0`).join(' or ')} order by id`,
        fields.map(() => text),
      )
    ).map((row) => row.id);

  it('finds the text in any search field, in any case, through references too, % and _ as themselves', async () => {
    const [application] = await sql<{ name: string }>(
      'select l.name from application a join organization l on l.id = a.lea_id order by a.id limit 1',
    );
    const leaWord = (application?.name ?? '').split(' ')[0]?.toUpperCase() ?? '';
    expect(leaWord.length).toBeGreaterThan(2);
    const applications = `(select a.id, l.name, a.contact_name, a.superintendent_name from application a
      join organization l on l.id = a.lea_id) as found`;
    const cases: [string, string, string, string[]][] = [
      ['organizations', 'rIVERSIDE', 'organization', ['name', 'short_name']],
      ['organizations', '%', 'organization', ['name', 'short_name']],
      ['organizations', '_', 'organization', ['name', 'short_name']],
      ['applications', leaWord, applications, ['name', 'contact_name', 'superintendent_name']],
    ];
    for (const [list, text, from, fields] of cases) {
      const expected = await containing(from, fields, text);
      const { data } = await ask<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
        viewers.staff,
        `query ($q: String) { ${list}(filter: { q: $q }, limit: 100) { totalCount nodes { id } } }`,
        { q: text },
      );
      const page = data[list];
      expect(page?.totalCount, `${list} ${text}`).toBe(expected.length);
      expect(page?.nodes.map((node) => node.id).sort(), `${list} ${text}`).toEqual(expected.sort());
    }
    // The cases find something, and not everything.
    const found = await containing('organization', ['name', 'short_name'], 'rIVERSIDE');
    const [all] = await sql<{ count: string }>('select count(*) from organization');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(Number(all?.count));
  });
});
