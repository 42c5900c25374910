import { startTestServer, type TestServer } from '@cei/server/testing';

export { DEMO_PASSWORD, TEST_ADMIN } from '@cei/server/testing';

export type { TestServer };

/**
 * A real server for a test file: its own freshly migrated database with the reference and demo
 * data (one account per role), serving the built admin app (`apps/admin/dist`) and `/graphql`.
 */
export function startServer(): Promise<TestServer> {
  return startTestServer({ demo: true });
}
