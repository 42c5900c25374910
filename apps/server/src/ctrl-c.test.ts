import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl, dropDatabase } from './database/databases.js';
import { freePort } from './testing/free-port.js';
import { createTestDatabase } from './testing/template-database.js';

/**
 * Ctrl-C at a terminal on the server started as `npm start` starts it (npm, pnpm through the
 * project's runtime, a shell, the built server): run under a pseudo-terminal (`script` from
 * util-linux), a ^C typed into it makes the terminal send SIGINT to the whole foreground process
 * group, the wrappers included. The command must exit 0 and print no stack, no npm or pnpm error.
 * (`npm start` itself also builds first with turbo; these are the same chain after the build.)
 */
const serverUrl = inject('databaseServerUrl');
const database = `cei_test_${randomBytes(6).toString('hex')}`;
const repoRoot = new URL('../../..', import.meta.url).pathname;

beforeAll(async () => {
  expect(spawnSync('script', ['--version']).status, 'needs `script` (util-linux)').toBe(0);
  await createTestDatabase(serverUrl, database, { demo: false });
});

afterAll(async () => {
  await dropDatabase(serverUrl, database);
});

/** Runs `command` in a pseudo-terminal until the server is up, types ^C; its exit and output. */
async function interrupt(command: string): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  // `script` runs the command with $SHELL, or /bin/sh where it is unset (as in CI). A shell that
  // stays to wait for the command is killed by the same ^C and exits 130 whatever the command
  // did; `exec` makes the command itself the terminal's foreground job, as at a prompt.
  const child = spawn(
    'script',
    ['--quiet', '--flush', '--return', '--command', `exec ${command}`, '/dev/null'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(serverUrl, database),
        PORT: String(port),
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let waited = 0; !output.includes('CEI platform at'); waited += 200) {
    if (waited > 90_000 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${output}`);
    }
    await sleep(200);
  }
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  child.stdin.write('\x03');
  return { code: await exited, output };
}

describe('Ctrl-C at a terminal', () => {
  it.each([
    ['npm', 'npm --prefix apps/server start'],
    ['pnpm', 'node tools/runtime/run.mjs pnpm --dir apps/server start'],
  ])(
    'stops the server started through %s quietly, exit 0',
    async (_name, command) => {
      const { code, output } = await interrupt(command);
      expect(output).toContain('SIGINT: finishing the requests and jobs under way');
      expect(output).toContain('stopped');
      expect(output).not.toMatch(/ELIFECYCLE|ERR!|npm error|Command failed|Error|\n\s+at /);
      expect(code, output).toBe(0);
    },
    120_000,
  );
});
