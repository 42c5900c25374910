import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { type Config, loadConfig } from '../config/config.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../database/databases.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded.js';
import { initOrm } from '../database/orm.js';
import { loadSeedData } from '../database/seed/load.js';
import { createApp } from '../http/app.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { path: string; message: string }[] };
  }[];
}

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  orm: MikroORM;
  /** POSTs a GraphQL operation to /graphql over HTTP. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The PostgreSQL server to create the test database on; default DATABASE_URL or an embedded one. */
  databaseServerUrl?: string;
  /** Load the demo data too (reference data always loads). */
  demo?: boolean;
  config?: Partial<Config>;
}

let embedded: Promise<EmbeddedDatabase> | undefined;

/**
 * A real server for a test file: a fresh database (migrated, with reference data) on a real
 * PostgreSQL, and the HTTP app on a free port. `close()` drops the database.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const serverUrl =
    options.databaseServerUrl ?? process.env.DATABASE_URL ?? (await sharedEmbedded()).serverUrl;
  const database = `cei_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, database);
  const orm = await initOrm({ databaseUrl: databaseUrl(serverUrl, database), poolMax: 4 });
  await loadSeedData(orm, { demo: options.demo ?? false });

  const config = {
    ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: randomBytes(32).toString('hex') }),
    ...options.config,
  };
  const app = await createApp({
    config,
    orm,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    orm,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    },
    close: async () => {
      await app.close();
      await orm.close();
      await dropDatabase(serverUrl, database);
    },
  };
}

/** Without DATABASE_URL, one embedded PostgreSQL per process serves every test database. */
function sharedEmbedded(): Promise<EmbeddedDatabase> {
  embedded ??= startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'cei-test-postgres-')));
  return embedded;
}
