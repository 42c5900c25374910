import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { type RunningServer, startServer } from '../server.js';
import { databaseUrl, dropDatabase, ensureDatabase } from './databases.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';

/**
 * A database as the product left it before the runtime upgrade (Node.js 20, MikroORM 6, pg-boss
 * 10): main at a4cb065 started with DEMO_DATA=1 on an empty database, a reminder job queued for
 * 2030, stopped, and dumped with `pg_dump --inserts --no-owner --no-privileges` (psql's
 * \restrict lines removed). The current code must start on it with no manual step.
 */
const FIXTURE = new URL('./fixtures/database-of-a4cb065.sql.gz', import.meta.url);

const serverUrl = inject('databaseServerUrl');
const database = `cei_test_upgrade_${randomBytes(6).toString('hex')}`;
const url = databaseUrl(serverUrl, database);
let server: RunningServer;

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await ensureDatabase(serverUrl, database);
  await query(gunzipSync(readFileSync(FIXTURE)).toString('utf8'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PORT: '0',
    SESSION_SECRET: randomBytes(32).toString('hex'),
  });
  server = await startServer(config, pino({ level: 'silent' }));
});

afterAll(async () => {
  await server?.stop();
  await dropDatabase(serverUrl, database);
});

async function graphqlAs(email: string, query: string) {
  const signIn = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  return response.json() as Promise<{ data?: Record<string, { totalCount: number }> }>;
}

describe("a database made before the runtime upgrade (a4cb065's)", () => {
  it('is ready after a plain start: every migration has run', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(await response.json()).toEqual({ status: 'ready', pendingMigrations: 0 });
  });

  it('keeps its accounts, passwords and records, read through the API as before', async () => {
    const answer = await graphqlAs(
      'staff@example.org',
      '{ people { totalCount } teams { totalCount } memberships { totalCount } }',
    );
    expect(answer.data).toEqual({
      people: { totalCount: 176 },
      teams: { totalCount: 18 },
      memberships: { totalCount: 176 },
    });
  });

  it('moves the job queue to the current pg-boss schema, with its schedules and waiting jobs', async () => {
    const [version] = await query<{ version: number }>('select version from pgboss.version');
    expect(version?.version).toBeGreaterThanOrEqual(25);
    const schedules = await query<{ name: string }>(
      'select name from pgboss.schedule order by name',
    );
    expect(schedules.map((schedule) => schedule.name)).toEqual([
      'deliver-outbox',
      'deliver-webhooks',
      'expire-import-previews',
      'purge-deletions',
      'redact-undelivered-emails',
      'vacancy-reminders',
    ]);
    const waiting = await query<{ data: { today: string } }>(
      "select data from pgboss.job where name = 'vacancy-reminders' and state = 'created'",
    );
    expect(waiting.map((job) => job.data)).toEqual([{ today: '2030-01-15' }]);
    const [setAside] = await query<{ exists: boolean }>(
      "select to_regnamespace('pgboss_v10') is not null as exists",
    );
    expect(setAside?.exists).toBe(false);
  });
});
