import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './database/seed/demo-data.js';
import { freePort } from './testing/free-port.js';
import { startCommand } from './testing/runtime.js';

/**
 * The product as a user runs it: the built server as `npm start` runs it (`node <options>
 * dist/main.js`), without DATABASE_URL, so on its embedded PostgreSQL, started, killed and
 * started again.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'cei-restart-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
let child: ChildProcess | undefined;

async function start(): Promise<void> {
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const deployed = startCommand();
  child = spawn(process.execPath, [...deployed.options, 'dist/main.js'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: {
      ...environment,
      ...deployed.environment,
      DATA_DIR: dataDir,
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  for (let waited = 0; waited < 90_000; waited += 250) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(250);
  }
  throw new Error('the server did not become ready');
}

/** Sends a signal and waits for the exit: its code, or the signal that ended the process. */
async function stop(signal: NodeJS.Signals): Promise<number | NodeJS.Signals | null> {
  const running = child;
  if (!running || running.exitCode !== null) return null;
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    running.once('exit', (code, ended) => resolve(code ?? ended)),
  );
  running.kill(signal);
  return exited;
}

let cookie = '';

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const session = response.headers
    .getSetCookie()
    .find((header) => header.startsWith('cei_session='));
  if (session) cookie = session.split(';')[0] ?? '';
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

afterAll(async () => {
  await stop('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/** A process's environment as it was started (Linux). */
function environmentOf(pid: number | undefined): Record<string, string> {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(entries.map((entry) => entry.split(/=(.*)/s).slice(0, 2)));
}

describe('npm start on the embedded database', () => {
  it('keeps the data across a clean restart and a kill, loading reference and demo data once', async () => {
    await start();
    // The trial install has one demo account per role; the session survives restarts too.
    await graphql(
      `mutation { signIn(input: { email: "admin@example.org", password: "${DEMO_PASSWORD}" }) { id } }`,
    );
    const counts = () =>
      graphql<{ cohorts: { totalCount: number }; people: { totalCount: number } }>(
        '{ cohorts(limit: 0) { totalCount } people(limit: 0) { totalCount } }',
      );
    const first = await counts();
    expect(first.cohorts.totalCount).toBe(3);
    expect(first.people.totalCount).toBeGreaterThan(100);
    // The start script's environment (malloc's setting) reaches the server, not its PostgreSQL.
    const postmaster = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    expect(environmentOf(child?.pid)).toMatchObject(startCommand().environment);
    expect(environmentOf(Number(postmaster.split('\n')[0]))).not.toHaveProperty(
      'MALLOC_MMAP_THRESHOLD_',
    );
    await graphql(
      'mutation { createOrganization(input: { kind: COMMUNITY_ORGANIZATION, name: "Survives Restarts" }) { id } }',
    );

    // A clean stop, the embedded database included, exits 0 (not the 143 of a killed process).
    expect(await stop('SIGTERM')).toBe(0);
    await start();
    expect(await counts()).toEqual(first);

    await stop('SIGKILL');
    await start();
    expect(await counts()).toEqual(first);
    const found = await graphql<{ organizations: { totalCount: number } }>(
      '{ organizations(filter: { q: "Survives Restarts" }) { totalCount } }',
    );
    expect(found.organizations.totalCount).toBe(1);
  }, 300_000);
});
