import { readFileSync } from 'node:fs';
import type { Role } from '@cei/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoViewers } from '../testing/demo-viewers.js';
import { type GraphqlClient, startTestServer, type TestServer } from '../testing/test-server.js';
import { type AccessManifest, accessManifest, printAccessManifest } from './access-manifest.js';
import { graphqlSchema } from './schema.js';

describe('access.json, what each role may do as the server publishes it', () => {
  it('matches the committed apps/server/access.json (run `pnpm --filter @cei/server schema` after a change)', async () => {
    const committed = readFileSync(new URL('../../access.json', import.meta.url), 'utf8');
    expect(printAccessManifest(accessManifest(await graphqlSchema()))).toBe(committed);
  });

  it('names only operations the schema has, and every root field', async () => {
    const manifest = accessManifest(await graphqlSchema());
    const schema = await graphqlSchema();
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    expect(Object.keys(manifest.operations).sort()).toEqual(fields.sort());
    for (const decision of Object.keys(manifest.decisions)) {
      expect(fields).toContain(decision.split('.').slice(0, 2).join('.'));
    }
  });
});

/**
 * What the manifest says of rows is what the API answers: for every paged list and every demo
 * role, a role whose rows reach nothing counts none (or is refused), one reaching every row
 * counts what a CEI admin counts, and a scoped one no more than that.
 */
describe('access.json against the API’s answers', () => {
  let server: TestServer;
  let clients: Partial<Record<Role, GraphqlClient>>;
  let manifest: AccessManifest;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    const viewers = await demoViewers(server);
    clients = {
      CEI_ADMIN: server,
      CEI_STAFF: viewers.staff,
      COE_LIAISON: viewers.liaison,
      CBO_PARTNER: viewers.partner,
      TEAM_LEAD: viewers.lead,
      API_PARTNER: viewers.api,
    };
    manifest = accessManifest(await graphqlSchema());
  }, 120_000);

  afterAll(() => server?.close());

  async function countOf(client: GraphqlClient, list: string): Promise<number | 'refused'> {
    const answer = await client.graphql<Record<string, { totalCount: number }>>(
      `{ ${list} { totalCount } }`,
    );
    if (answer.errors?.length) return 'refused';
    return answer.data?.[list]?.totalCount ?? 0;
  }

  it('gives each role the rows it publishes, list by list', async () => {
    const schema = await graphqlSchema();
    const paged = Object.entries(manifest.lists).filter(([list]) =>
      schema.getQueryType()?.getFields()[list]?.type.toString().endsWith('Page!'),
    );
    expect(paged.length).toBeGreaterThan(25);
    const mismatches: string[] = [];
    for (const [list, entity] of paged) {
      const rows = manifest.rows[entity];
      const total = await countOf(server, list);
      for (const [role, client] of Object.entries(clients) as [Role, GraphqlClient][]) {
        const rules = manifest.operations[`Query.${list}`] ?? [];
        const answered = rules.some(
          (rule) => rule === 'PUBLIC' || rule === 'SIGNED_IN' || rule === role,
        );
        const count = await countOf(client, list);
        const reach = rows?.read.all?.includes(role)
          ? 'all'
          : rows?.read.scoped?.includes(role) || rows?.read.own?.includes(role)
            ? 'some'
            : 'none';
        const expected = !answered
          ? count === 'refused'
          : reach === 'none'
            ? count === 'refused' || count === 0
            : reach === 'all'
              ? count === total
              : typeof count === 'number' && typeof total === 'number' && count <= total;
        if (!expected)
          mismatches.push(
            `${role} ${list}: published ${answered ? reach : 'refused'}, answered ${count} of ${total}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
