import { afterAll, beforeAll, inject } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

/**
 * Starts a test server (own database, real HTTP) for the current test file and closes it after.
 * Read `server` inside tests, not at import time.
 */
export function useTestServer(options: Omit<TestServerOptions, 'databaseServerUrl'> = {}): {
  readonly server: TestServer;
  /** Runs SQL on the file's database as the system: for set-up and for the ground truth. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
} {
  const holder: { server?: TestServer } = {};
  beforeAll(async () => {
    holder.server = await startTestServer({
      ...options,
      databaseServerUrl: inject('databaseServerUrl'),
    });
  });
  afterAll(async () => {
    await holder.server?.close();
  });
  const server = () => {
    if (!holder.server) throw new Error('the test server is not started yet');
    return holder.server;
  };
  return {
    get server() {
      return server();
    },
    sql: async <T>(query: string, params: unknown[] = []) =>
      (await server().em().execute(query, params)) as T[],
  };
}
