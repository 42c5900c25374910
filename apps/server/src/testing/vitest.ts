import { afterAll, beforeAll, inject } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

/**
 * Starts a test server (own database, real HTTP) for the current test file and closes it after.
 * Read `server` inside tests, not at import time.
 */
export function useTestServer(options: Omit<TestServerOptions, 'databaseServerUrl'> = {}): {
  readonly server: TestServer;
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
  return {
    get server() {
      if (!holder.server) throw new Error('the test server is not started yet');
      return holder.server;
    },
  };
}
