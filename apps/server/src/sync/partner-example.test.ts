import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * The typed client example of docs/partners.md (examples/partner-sync): its generated types are
 * what GraphQL Code Generator makes of the committed schema today, it compiles, and it keeps a
 * copy in sync against a real server with an API partner token.
 */
const context = useTestServer({ demo: true });
let viewers: DemoViewers;
const example = fileURLToPath(new URL('../../examples/partner-sync/', import.meta.url));

/** The example's API, as it exports it (loaded at run time: it compiles under its own tsconfig). */
interface Connection {
  url: string;
  token: string;
}
interface Copy {
  teams: Map<string, { id: string; name: string; updatedAt: string }>;
  convenings: Map<string, { id: string; title: string | null; updatedAt: string }>;
}
interface PartnerSync {
  fullPull(connection: Connection): Promise<Copy>;
  pullChanges(connection: Connection, copy: Copy): Promise<Copy>;
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
});

describe('the partner sync example', () => {
  it('has the types GraphQL Code Generator makes of the committed schema', async () => {
    const { default: config } = await import(join(example, 'codegen.ts'));
    const outputs = (await generate(config, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });

  it('compiles', () => {
    const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
    expect(() =>
      execFileSync(tsc, ['-p', join(example, 'tsconfig.json')], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('keeps a copy of teams and convenings in sync with an API token', async () => {
    const sync = (await import(join(example, 'src/sync.ts'))) as PartnerSync;
    const connection = { url: context.server.url, token: viewers.api.credentials.bearer ?? '' };
    const copy = await sync.fullPull(connection);

    const [changed, removed] = await context.sql<{ id: string; version: number }>(
      'select id, version from convening order by id limit 2',
    );
    const update = await viewers.staff.graphql(
      'mutation ($id: ID!, $version: Int!) { updateConvening(id: $id, version: $version, input: { title: "Moved online" }) { id } }',
      { id: changed?.id, version: changed?.version },
    );
    expect(update.errors).toBeUndefined();
    const deletion = await viewers.staff.graphql(
      'mutation ($id: ID!) { deleteConvening(id: $id) }',
      {
        id: removed?.id,
      },
    );
    expect(deletion.errors).toBeUndefined();
    await sync.pullChanges(connection, copy);

    const ground = async (table: string) =>
      new Map(
        (
          await context.sql<{ id: string; at: string }>(
            `select id, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from "${table}"`,
          )
        ).map((row) => [row.id, row.at]),
      );
    const held = (records: Map<string, { id: string; updatedAt: string }>) =>
      new Map([...records.values()].map((record) => [record.id, record.updatedAt]));
    expect(held(copy.teams)).toEqual(await ground('team'));
    expect(held(copy.convenings)).toEqual(await ground('convening'));
    expect(copy.convenings.get(changed?.id ?? '')?.title).toBe('Moved online');
    expect(copy.convenings.has(removed?.id ?? '')).toBe(false);
  });
});
