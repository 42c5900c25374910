import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SIGN_IN_FAILED } from './accounts/sign-in.service.js';
import { databaseUrl, dropDatabase, ensureDatabase } from './database/databases.js';
import { freePort } from './testing/free-port.js';
import { startCommand } from './testing/runtime.js';

/**
 * A deploy: the built server as `npm start` runs it on a database of its own gets SIGTERM while
 * requests are under way. Every one of them is answered, and the process exits 0.
 */
const serverUrl = inject('databaseServerUrl');
const database = `cei_test_${randomBytes(6).toString('hex')}`;
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
let child: ChildProcess | undefined;

async function start(): Promise<ChildProcess> {
  await ensureDatabase(serverUrl, database);
  const deployed = startCommand();
  const started = spawn(process.execPath, [...deployed.options, 'dist/main.js'], {
    cwd: new URL('..', import.meta.url).pathname,
    env: {
      ...process.env,
      ...deployed.environment,
      DATABASE_URL: databaseUrl(serverUrl, database),
      PORT: String(port),
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.SHUTDOWN_DEBUG ? 'debug' : 'warn',
      SHUTDOWN_GRACE_SECONDS: '20',
    },
    stdio: process.env.SHUTDOWN_DEBUG ? 'inherit' : 'ignore',
  });
  for (let waited = 0; waited < 90_000; waited += 250) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return started;
    await sleep(250);
  }
  throw new Error('the server did not become ready');
}

/** A refused sign-in: it takes at least half a second, long enough to be under way. */
async function slowRequest(index: number): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email: `nobody${index}@example.org`, password: 'not a password' } },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return body.errors?.[0]?.message;
}

/** A GET on a connection of its own (fetch would reuse a kept-alive one): refused once closed. */
function getOnNewConnection(target: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(target, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await dropDatabase(serverUrl, database);
});

describe('SIGTERM', () => {
  it('finishes every request under way, refuses new ones, and exits 0', async () => {
    child = await start();
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child?.once('exit', (code, signal) => resolve([code, signal])),
    );
    const underWay = Array.from({ length: 11 }, (_, index) => slowRequest(index));
    // Long enough for every request to have reached the server, well short of its answer.
    await sleep(400);
    child.kill('SIGTERM');
    expect(await Promise.all(underWay)).toEqual(Array(11).fill(SIGN_IN_FAILED));
    await sleep(50);
    await expect(getOnNewConnection(`${url}/healthz`)).rejects.toThrow();
    expect(await exited).toEqual([0, null]);
  }, 120_000);
});
