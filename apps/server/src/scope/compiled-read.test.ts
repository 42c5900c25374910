import { Role } from '@cei/domain';
import {
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { ClassType } from 'type-graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccountRecord } from '../accounts/account.service.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { sqlComputed } from '../graphql/computed-in-sql.js';
import { relationOf } from '../graphql/references.js';
import { graphqlSchema } from '../graphql/schema.js';
import { Organization } from '../organizations/organization.entity.js';
import { countStatements } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { type GraphqlClient, unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { ScopedData } from './scoped-data.js';

/**
 * Answers built in SQL (compiled-read.ts) are the resolvers' answers: every root list and lookup
 * of the schema, two levels deep through references and nested lists, asked by every role, once
 * as it is and once with a directive that sends it to the resolvers, gives the same data and the
 * same errors. (Scope: the access matrix asks its queries of whichever path answers them.)
 */
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });
let viewers: Record<string, GraphqlClient>;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await graphqlSchema();
  const demo: DemoViewers = await demoViewers(context.server);
  // A liaison who is no one on a roster: the demo accounts are people too, and a person's own
  // protected fields are noted when read (audit log), which the resolvers do.
  const orange = await context.server.em().findOneOrFail(Organization, { countyCode: '30' });
  await createAccountRecord(context.server.em(), {
    email: 'compiled.orange@example.org',
    displayName: 'Orange liaison',
    role: Role.COE_LIAISON,
    password: DEMO_PASSWORD,
    organizationIds: [orange.id],
  });
  const orangeLiaison = await context.server.signIn('compiled.orange@example.org', DEMO_PASSWORD);
  viewers = { ...demo, orangeLiaison, admin: context.server, public: context.server.anonymous };
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Counts the root fields answered in SQL while `work` runs. */
async function compiledDuring<T>(work: () => Promise<T>): Promise<{ result: T; compiled: number }> {
  let compiled = 0;
  const spy = (original: (...args: never[]) => Promise<unknown>) =>
    async function (this: ScopedData, ...args: never[]) {
      const answer = await original.apply(this, args);
      if (answer !== undefined) compiled++;
      return answer;
    };
  const byId = ScopedData.prototype.compiledById;
  const list = ScopedData.prototype.compiledList;
  vi.spyOn(ScopedData.prototype, 'compiledById').mockImplementation(spy(byId as never) as never);
  vi.spyOn(ScopedData.prototype, 'compiledList').mockImplementation(spy(list as never) as never);
  const result = await work();
  vi.restoreAllMocks();
  return { result, compiled };
}

/**
 * The entity fields of a type (its columns), the computed fields an answer built in SQL holds,
 * its references and nested lists, `depth` deep.
 */
function selection(type: GraphQLObjectType, depth: number): string {
  const meta = context.server.orm.getMetadata().getByClassName(type.name, false);
  if (!meta) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (field.args.length === 0 && meta.properties[field.name]) parts.push(field.name);
      continue;
    }
    if (isObjectType(named) && sqlComputed(meta.class as ClassType, field.name)) {
      parts.push(`${field.name} { ${Object.keys(named.getFields()).join(' ')} }`);
      continue;
    }
    if (depth === 0 || !isObjectType(named)) continue;
    const relation = relationOf(meta.class as ClassType, field.name);
    if (relation?.kind === 'reference') {
      parts.push(`${field.name} { ${selection(named, depth - 1)} }`);
    } else if (relation?.kind === 'list') {
      const nodes = getNamedType(named.getFields().nodes?.type) as GraphQLObjectType;
      parts.push(
        `${field.name}(limit: 3, offset: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { ${selection(nodes, depth - 1)} } }`,
      );
    }
  }
  return parts.join(' ');
}

function rootLists() {
  return Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) => {
    const page = getNamedType(field.type);
    if (!isObjectType(page) || !page.name.endsWith('Page') || !page.getFields().nodes) return [];
    if (field.args.some((arg) => isNonNullType(arg.type))) return [];
    const type = getNamedType(page.getFields().nodes?.type) as GraphQLObjectType;
    const lookup = schema.getQueryType()?.getFields()[
      type.name[0]?.toLowerCase() + type.name.slice(1)
    ];
    return [{ field: field.name, type, lookup: lookup?.name }];
  });
}

/** The same query sent to the resolvers: a directive is never planned (selection-plan.ts). */
const viaResolvers = (query: string) =>
  query.replace(/(totalCount|__typename) /, '$1 @include(if: true) ');

/**
 * The query as it is, twice (its statement is run as it is the first time, prepared the second:
 * database/prepared.ts, rowsOfShape), and through the resolvers: the same answers all three times.
 */
async function bothWays(client: GraphqlClient, query: string, variables?: object) {
  const compiled = await compiledDuring(() => client.graphql(query, variables as never));
  const again = await compiledDuring(() => client.graphql(query, variables as never));
  const resolved = await compiledDuring(() =>
    client.graphql(viaResolvers(query), variables as never),
  );
  expect(resolved.compiled, viaResolvers(query)).toBe(0);
  expect(compiled.result, query).toEqual(resolved.result);
  expect(again.result, query).toEqual(resolved.result);
  return compiled;
}

describe('answers built in SQL', () => {
  it('equal the resolvers answers for every root list and lookup, every role, two levels deep', async () => {
    let compiled = 0;
    let asked = 0;
    for (const [name, client] of Object.entries(viewers)) {
      for (const list of rootLists()) {
        const fields = selection(list.type, 2);
        const page = await bothWays(
          client,
          `{ ${list.field}(limit: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`,
        );
        asked++;
        compiled += page.compiled;
        const first = (page.result.data as Record<string, { nodes?: { id?: string }[] }> | null)?.[
          list.field
        ]?.nodes?.[0];
        if (list.lookup && first?.id) {
          const one = await bothWays(
            client,
            `query ($id: ID!) { ${list.lookup}(id: $id) { ${fields} } }`,
            { id: first.id },
          );
          asked++;
          compiled += one.compiled;
        }
      }
      expect(name).toBeTruthy();
    }
    // Most of them take the compiled path; the rest (computed or array fields) the resolvers.
    expect(compiled).toBeGreaterThan(asked / 3);
  });

  it.each([
    [
      'aliases of one nested list with their own arguments',
      'staff',
      1,
      `{ cohorts(limit: 3) { nodes { id
        a: teams(limit: 1) { nodes { id } }
        b: teams(limit: 2, offset: 1, orderBy: [{ field: NAME, direction: DESC }]) { totalCount nodes { id name } } } } }`,
    ],
    [
      'fragments, inline and named',
      'liaison',
      1,
      `{ teams(limit: 5, filter: { inScope: true }) { ...page } }
      fragment page on TeamPage { totalCount nodes { ...team ... on Team { cohort { id name } } } }
      fragment team on Team { id name leadLea { id name } }`,
    ],
    [
      'a page past the end, an empty one, and one capped at the maximum',
      'staff',
      1,
      `{ teams(limit: 500) { totalCount pageInfo { hasNextPage } nodes { id
        memberships(offset: 1000) { totalCount pageInfo { hasNextPage } nodes { id } }
        none: memberships(limit: 0) { totalCount pageInfo { hasNextPage } nodes { id } } } } }`,
    ],
    [
      'a link entity between parent and children',
      'partner',
      1,
      `{ cohorts { nodes { id convenings(limit: 2, orderBy: [{ field: STARTS_AT, direction: DESC }]) { totalCount nodes { id startsAt } } } } }`,
    ],
    [
      'a negative page size of a nested list',
      'staff',
      0,
      '{ cohorts { nodes { id teams(limit: -1) { totalCount } } } }',
    ],
    [
      'a malformed id in a nested filter',
      'staff',
      0,
      '{ cohorts { nodes { id teams(filter: { ids: ["x"] }) { totalCount } } } }',
    ],
    [
      'a sort on a protected field',
      'liaison',
      0,
      '{ people(orderBy: [{ field: FAMILY_NAME }]) { totalCount nodes { id } } }',
    ],
    [
      'a nested list asked differently under two aliases of nodes',
      'staff',
      0,
      `{ cohorts { a: nodes { id t: teams(limit: 1) { totalCount } } b: nodes { t: teams(limit: 2) { totalCount } } } }`,
    ],
    ['a malformed id in a lookup', 'lead', 1, '{ team(id: "x") { __typename id } }'],
    [
      "a computed field's malformed argument",
      'liaison',
      0,
      '{ teams(limit: 3) { nodes { id attendanceSummary(programYear: "2019") { rate } } } }',
    ],
  ])('equal the resolvers answers for %s', async (_, viewer, compiled, query) => {
    const answer = await bothWays(viewers[viewer] as GraphqlClient, query);
    expect(answer.compiled).toBe(compiled);
  });

  it("equal the resolvers answers for a computed field's arguments, under aliases, every role", async () => {
    const [year] = (await context.server
      .em()
      .execute('select program_year from convening order by starts_at desc limit 1')) as {
      program_year: string;
    }[];
    const query = `query ($year: String) { teams(limit: 100) { totalCount nodes { id
      all: attendanceSummary { present absent excused total rate }
      year: attendanceSummary(programYear: $year) { total rate }
      none: attendanceSummary(programYear: "1999-00") { total } } } }`;
    for (const client of Object.values(viewers)) {
      expect((await bothWays(client, query, { year: year?.program_year })).compiled).toBe(1);
    }
  });

  it('take one statement, the viewer besides, whatever the depth', async () => {
    const { statements, result } = await countStatements(context.server.orm, () =>
      (viewers.staff as GraphqlClient).graphql(
        `{ cohorts { nodes { id teams(limit: 100) { nodes { id leadLea { id countyOffice { id } }
          memberships { totalCount nodes { id person { id givenName } } } } } } } }`,
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(2);
  });
});

describe("a one-county liaison's teams by name, read in the order the database keeps", () => {
  const { sql } = context;
  const query = `query ($offset: Int) { teams(filter: { inScope: true }, orderBy: [{ field: NAME }], limit: 2, offset: $offset) {
    totalCount pageInfo { hasNextPage } nodes { id name } } }`;

  it('are the teams of their county office in name order, page after page, renamed ones too', async () => {
    // Renamed after the load: the kept names follow the team's (triggers, TeamNamesByCountyOffice).
    await sql(
      `update team set name = 'Aaa renamed ' || name where id = (select team_id from team_county_office k
         join organization c on c.id = k.county_office_id where c.county_code = '33'
         order by k.team_name desc limit 1)`,
    );
    const expected = await sql<{ id: string; name: string }>(
      `select t.id, t.name from team t where t.id in (
         select t.id from team t join organization l on l.id = t.lead_lea_id
           join organization c on c.id = l.county_office_id where c.county_code = '33'
         union select tl.team_id from team_lea tl join organization l on l.id = tl.lea_id
           join organization c on c.id = l.county_office_id where c.county_code = '33')
       order by t.name, t.id`,
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(expected[0]?.name).toMatch(/^Aaa renamed /);
    for (let offset = 0; offset <= expected.length; offset += 2) {
      const { statements, result } = await countStatements(context.server.orm, () =>
        bothWays(viewers.liaison as GraphqlClient, query, { offset }),
      );
      expect(result.compiled).toBe(1);
      // The answer built in SQL (run as it is, then prepared) reads the kept table; the
      // resolvers' answer it equals does not.
      const kept = statements.filter((text) => text.includes('from team_county_office k'));
      expect(kept).toHaveLength(2);
      expect(result.result.data).toEqual({
        teams: {
          totalCount: expected.length,
          pageInfo: { hasNextPage: offset + 2 < expected.length },
          nodes: expected.slice(offset, offset + 2),
        },
      });
    }
  });
});
