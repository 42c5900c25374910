import { describe, expect, it } from 'vitest';
import { pinnedNodeVersion } from '../testing/runtime.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

describe('health checks', () => {
  it('answers /healthz while the process is alive', async () => {
    const response = await fetch(`${context.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', node: process.versions.node });
  });

  it("runs on the Node.js 24 LTS the project pins (tools/runtime), not the machine's own", () => {
    expect(process.versions.node).toMatch(/^24\./);
    expect(process.versions.node).toBe(pinnedNodeVersion());
  });

  it('answers /readyz when the database is reachable and migrated', async () => {
    const response = await fetch(`${context.server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', pendingMigrations: 0 });
  });

  it('refuses a GraphQL GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(
      `${context.server.url}/graphql?query=${encodeURIComponent('{ cohorts { totalCount } }')}`,
    );
    expect(response.status).toBe(400);
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than 12 levels before running it', async () => {
    const deep = `{ cohorts { nodes { teams { nodes { memberships { nodes { person { memberships { nodes { team { cohort { teams { nodes { name } } } } } } } } } } } } } }`;
    const { errors } = await context.server.graphql(deep);
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query that repeats a field under 50 aliases', async () => {
    const aliases = Array.from(
      { length: 50 },
      (_, index) => `c${index}: cohorts { totalCount }`,
    ).join(' ');
    const { errors } = await context.server.graphql(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(/aliases/i);
  });
});
