import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseUrl, dropDatabase } from '../database/databases.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { SESSION_COOKIE } from '../http/viewer.js';
import { freePort } from './free-port.js';
import { startCommand } from './runtime.js';
import { createTestDatabase } from './template-database.js';
import type { GraphqlClient, GraphqlResponse } from './test-server.js';

/**
 * The first CEI admin a server process creates at start (ADMIN_EMAIL, ADMIN_PASSWORD) on a
 * database without demo data; with demo data it signs in as the demo admin.
 */
export const PROCESS_ADMIN = { email: 'process-admin@example.org', password: 'process-admin-pw' };

export interface ServerProcess extends GraphqlClient {
  url: string;
  /** Its database, for the test's own reads (postgres://…/cei_test_…). */
  databaseUrl: string;
  /** Starts the built server as `npm start` runs it (`node <options> dist/main.js`), ready. */
  start(): Promise<void>;
  /** Ends the running server with `signal`; the exit code, or the signal that ended it. */
  stop(signal: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
  /** Stops it if it runs, and drops its database. */
  close(): Promise<void>;
}

/**
 * The product as it runs in production, as a child process the test can kill: the built server
 * on a fresh database (a copy of the test template), signed in as its first admin. Crash tests
 * SIGKILL it and start it again on the same database.
 */
export async function serverProcess(
  databaseServerUrl: string,
  { demo = false, env = {} }: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const database = `cei_test_${randomBytes(6).toString('hex')}`;
  await createTestDatabase(databaseServerUrl, database, { demo });
  const url = databaseUrl(databaseServerUrl, database);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const credentials: GraphqlClient['credentials'] = {};

  const graphql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const session = response.headers
      .getSetCookie()
      .find((header) => header.startsWith(`${SESSION_COOKIE}=`));
    if (session) credentials.cookie = session.split(';')[0];
    return (await response.json()) as GraphqlResponse<T>;
  };

  const start = async () => {
    const debug = Boolean(process.env.SERVER_PROCESS_DEBUG);
    const deployed = startCommand();
    child = spawn(process.execPath, [...deployed.options, 'dist/main.js'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: {
        ...process.env,
        ...deployed.environment,
        DATABASE_URL: url,
        PORT: String(port),
        NODE_ENV: 'development',
        LOG_LEVEL: debug ? 'debug' : 'warn',
        ADMIN_EMAIL: PROCESS_ADMIN.email,
        ADMIN_PASSWORD: PROCESS_ADMIN.password,
        ...env,
      },
      stdio: debug ? 'inherit' : 'ignore',
    });
    for (let waited = 0; waited < 90_000; waited += 200) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
      const ready = await fetch(`${base}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) {
        if (!credentials.cookie) {
          const { errors } = await graphql(
            'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
            {
              input: demo ? { email: 'admin@example.org', password: DEMO_PASSWORD } : PROCESS_ADMIN,
            },
          );
          if (errors) throw new Error(`sign-in failed: ${errors[0]?.message}`);
        }
        return;
      }
      await sleep(200);
    }
    throw new Error('the server did not become ready');
  };

  const stop = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return null;
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
      running.once('exit', (code, ended) => resolve(code ?? ended)),
    );
    running.kill(signal);
    return exited;
  };

  return {
    url: base,
    databaseUrl: url,
    credentials,
    graphql,
    start,
    stop,
    close: async () => {
      await stop('SIGKILL');
      await dropDatabase(databaseServerUrl, database);
    },
  };
}
