import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FreezableProxy, startFreezableProxy } from '../testing/freezable-proxy.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * The database stops answering (as under SIGSTOP): readiness says so within a second, and
 * answers again once the database does. The server reaches the shared PostgreSQL through a proxy
 * the test freezes; the real server is never touched.
 */
let proxy: FreezableProxy;
let server: TestServer;

beforeAll(async () => {
  proxy = await startFreezableProxy(inject('databaseServerUrl'));
  server = await startTestServer({ databaseServerUrl: proxy.serverUrl });
});

afterAll(async () => {
  proxy.thaw();
  await server?.close();
  await proxy?.close();
});

async function ready(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/readyz`);
  await response.body?.cancel();
  return { status: response.status, ms: performance.now() - started };
}

describe('database connections', () => {
  it('carry the statement, lock and idle-in-transaction timeouts, and no JIT', async () => {
    const [settings] = await server
      .em()
      .execute(
        "select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle, current_setting('jit') as jit",
      );
    expect(settings).toEqual({ statement: '30s', lock: '10s', idle: '1min', jit: 'off' });
  });
});

describe('a frozen database', () => {
  it('makes /readyz answer 503 within a second, and 200 again once it answers', async () => {
    expect((await ready()).status).toBe(200);
    proxy.freeze();
    const frozen = await ready();
    expect(frozen.status).toBe(503);
    // The check gives up after one second; the margin is for a loaded CI machine. Without the
    // limit the answer would take the 35 s a statement may take before the client gives up.
    expect(frozen.ms).toBeLessThan(5_000);
    proxy.thaw();
    expect((await ready()).status).toBe(200);
  });
});
