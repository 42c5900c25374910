/** The part of the server's test harness (`@cei/server/testing`) the browser tests use. */
export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234: the API and the built admin app at `/`. */
  url: string;
  /** POSTs a GraphQL operation as a CEI admin, e.g. to check what a screen saved. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: { message: string }[] }>;
  close(): Promise<void>;
}

interface Harness {
  startTestServer(options?: { demo?: boolean }): Promise<TestServer>;
}

/**
 * The harness is imported by a computed name: its declared types are the server's sources, and
 * type-checking the admin would otherwise type-check every server entity (decorators compiled
 * under the server's options, not the admin's).
 */
const HARNESS = '@cei/server/testing';

/**
 * A real server for a test file: its own freshly migrated database with the reference and demo
 * data, serving the built admin app (`apps/admin/dist`) and `/graphql`.
 */
export async function startServer(): Promise<TestServer> {
  const { startTestServer } = (await import(/* @vite-ignore */ HARNESS)) as Harness;
  return startTestServer({ demo: true });
}

/** The CEI admin every test database has (the harness creates it). */
export const TEST_ADMIN = { email: 'test-admin@example.org', password: 'test-admin-password' };
