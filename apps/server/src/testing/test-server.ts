import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@cei/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { createAccountRecord } from '../accounts/account.service.js';
import { type Config, loadConfig } from '../config/config.js';
import { databaseUrl, dropDatabase } from '../database/databases.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded.js';
import { initOrm } from '../database/orm.js';
import { createApp } from '../http/app.js';
import { SESSION_COOKIE } from '../http/viewer.js';
import { type JobQueue, startJobQueue } from '../jobs/job-queue.js';
import { systemFork } from '../scope/scope-filter.js';
import { createTestDatabase } from './template-database.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { path: string; message: string }[] };
  }[];
}

export interface GraphqlClient {
  /** POSTs a GraphQL operation to /graphql over HTTP, with this client's credentials. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  /** The session cookie (`cei_session=…`) or the bearer token this client sends. */
  credentials: { cookie?: string; bearer?: string };
}

export interface TestServer extends GraphqlClient {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  orm: MikroORM;
  /** No credentials: the public. */
  anonymous: GraphqlClient;
  /** An EntityManager for the system's own work (set-up, ground truth), unscoped by viewer. */
  em(): EntityManager;
  /** Signs in over HTTP and returns a client carrying the session cookie. */
  signIn(email: string, password: string): Promise<GraphqlClient>;
  /** A client sending an API token. */
  withToken(token: string): GraphqlClient;
  /** The server's configuration: the app reads it on every request, so a test may change it. */
  config: Config;
  /** The job queue, when the server was started with `jobs: true`. */
  jobs: JobQueue | undefined;
  close(): Promise<void>;
}

const ONE_DAY_SECONDS = 86_400;

/**
 * Request and cost limits no test reaches, for tests whose subject is something else and that
 * must ask for 100 rows at each of several levels (statement counts): far over what any query
 * may cost by default (limits/request-limits.ts). One budget window for the server's life: a
 * credential's first request of a window also writes its budget counters
 * (limits/budget-ledger.ts), which a statement count taken as a window turns would catch.
 */
export function unlimitedQueries(): Config['rateLimits'] {
  const huge = { requests: 1_000_000, cost: 1_000_000_000 };
  return { windowSeconds: ONE_DAY_SECONDS, token: huge, session: huge, maxQueryCost: 100_000_000 };
}

/** Every test database has this CEI admin; `server.graphql` runs as them. */
export const TEST_ADMIN = { email: 'test-admin@example.org', password: 'test-admin-password' };

export interface TestServerOptions {
  /** The PostgreSQL server to create the test database on; default DATABASE_URL or an embedded one. */
  databaseServerUrl?: string;
  /** Load the demo data too (reference data always loads). */
  demo?: boolean;
  config?: Partial<Config>;
  /** Start the job queue (pg-boss, in the test database) as a running server does. */
  jobs?: boolean;
}

let embedded: Promise<EmbeddedDatabase> | undefined;

/**
 * A real server for a test file: a fresh database (migrated, with reference data) on a real
 * PostgreSQL, and the HTTP app on a free port. `close()` drops the database.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsEmbedded = !options.databaseServerUrl && !process.env.DATABASE_URL;
  if (ownsEmbedded) openServers++;
  const serverUrl =
    options.databaseServerUrl ?? process.env.DATABASE_URL ?? (await sharedEmbedded()).serverUrl;
  const database = `cei_test_${randomBytes(6).toString('hex')}`;
  await createTestDatabase(serverUrl, database, { demo: options.demo ?? false });
  const orm = await initOrm({ databaseUrl: databaseUrl(serverUrl, database), poolMax: 4 });

  const config = {
    ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: randomBytes(32).toString('hex') }),
    ...options.config,
  };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp({ config, orm, logger });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  // Links in emails and calendar feed URLs point at this server.
  config.publicUrl = url;
  await createAccountRecord(systemFork(orm), {
    ...TEST_ADMIN,
    displayName: 'Test Admin',
    role: Role.CEI_ADMIN,
  });

  const client = (credentials: GraphqlClient['credentials']): GraphqlClient => ({
    credentials,
    graphql: async (query, variables) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
          ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { extensions?: Record<string, unknown> };
      // The budgets every answer carries are limits/request-limits.test.ts's subject; other
      // tests compare whole answers of data and errors.
      if (body.extensions) {
        delete body.extensions.rateLimit;
        if (Object.keys(body.extensions).length === 0) delete body.extensions;
      }
      return body as never;
    },
  });
  const signIn = async (email: string, password: string): Promise<GraphqlClient> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
        variables: { input: { email, password } },
      }),
    });
    const body = (await response.json()) as GraphqlResponse;
    if (body.errors) throw new Error(`sign-in as ${email} failed: ${body.errors[0]?.message}`);
    const cookie = response.headers
      .getSetCookie()
      .find((header) => header.startsWith(`${SESSION_COOKIE}=`));
    return client({ cookie: cookie?.split(';')[0] });
  };
  const admin = await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
  const jobs = options.jobs
    ? await startJobQueue({
        databaseUrl: databaseUrl(serverUrl, database),
        orm,
        config,
        logger,
      })
    : undefined;

  return {
    url,
    orm,
    ...admin,
    anonymous: client({}),
    em: () => systemFork(orm),
    signIn,
    withToken: (token) => client({ bearer: token }),
    config,
    jobs,
    close: async () => {
      await jobs?.stop();
      await app.close();
      await orm.close();
      await dropDatabase(serverUrl, database);
      if (ownsEmbedded) await releaseEmbedded();
    },
  };
}

/**
 * Without DATABASE_URL, one embedded PostgreSQL per process serves every test database; it stops
 * and its folder goes when the last test server of the process closes.
 */
let openServers = 0;

function sharedEmbedded(): Promise<EmbeddedDatabase> {
  embedded ??= (async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cei-test-postgres-'));
    const database = await startEmbeddedPostgres(dataDir);
    return {
      serverUrl: database.serverUrl,
      stop: async () => {
        await database.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  })();
  return embedded;
}

async function releaseEmbedded(): Promise<void> {
  if (--openServers > 0 || !embedded) return;
  const database = await embedded;
  embedded = undefined;
  await database.stop();
}
