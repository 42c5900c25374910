import { type EntityClass, FlushMode } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';
import { AuditSubscriber } from '../audit/audit-log.js';
import { entities } from '../features.js';
import { SCOPE_FILTER, scopeFilter } from '../scope/scope-filter.js';
import { WebhookEventSubscriber } from '../webhooks/webhook-events.js';
import { migrationsList } from './migrations/index.js';

/**
 * Every wait on the database is bounded, so a frozen or overloaded database gives errors instead
 * of requests that hang (README, Operations): a statement runs at most 30 s (the server cancels
 * it), waits at most 10 s for a row lock, and a transaction may sit idle 60 s; the client gives
 * up on an answer 5 s after the statement limit (a database that answers nothing at all), on a
 * new connection after 5 s, and on a free one from the pool after 10 s.
 */
export const DATABASE_TIMEOUTS = {
  statementMs: 30_000,
  lockMs: 10_000,
  idleInTransactionMs: 60_000,
  connectMs: 5_000,
  poolAcquireMs: 10_000,
} as const;

/** The same limits as `pg` connection options, for the pools outside MikroORM's. */
export const PG_TIMEOUTS = {
  statement_timeout: DATABASE_TIMEOUTS.statementMs,
  lock_timeout: DATABASE_TIMEOUTS.lockMs,
  idle_in_transaction_session_timeout: DATABASE_TIMEOUTS.idleInTransactionMs,
  query_timeout: DATABASE_TIMEOUTS.statementMs + 5_000,
  connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
} as const;

/**
 * `pg` pool options for the server's pools (MikroORM's, the job queue's): the limits above, with
 * the pool's connection timeout, which also bounds the wait for a free client, at `poolAcquireMs`.
 */
export const PG_POOL_TIMEOUTS = {
  ...PG_TIMEOUTS,
  connectionTimeoutMillis: DATABASE_TIMEOUTS.poolAcquireMs,
} as const;

export interface OrmOptions {
  databaseUrl: string;
  logger?: Logger;
  /** Pool size; tests use small pools so many databases fit one server. */
  poolMax?: number;
}

export function ormConfig({ databaseUrl, logger, poolMax = 10 }: OrmOptions) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: entities as EntityClass<object>[],
    extensions: [Migrator],
    subscribers: [new AuditSubscriber(), new WebhookEventSubscriber()],
    filters: { [SCOPE_FILTER]: scopeFilter },
    // Scope rules are where clauses with their own $or (e.g. "on a covered team, or my own");
    // joining a filter's references automatically turns those into inner joins that drop rows.
    autoJoinRefsForFilters: false,
    migrations: {
      migrationsList,
      // The server logs what it does at start; the migrator's own lines would go to stdout.
      silent: true,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
    // Tables that are not entities: the seed marker, those the job queue and the rate limiter
    // manage themselves, and what the database keeps itself: the attendance tallies
    // (Migration20261206050000) and teams' county offices (TeamCountyOffices). Migrations must
    // not drop them.
    schemaGenerator: {
      skipTables: [
        'seed_load',
        'rate_limit',
        'team_attendance_tally',
        'team_attendance_person',
        'cohort_attendance_tally',
        'team_county_office',
      ],
      ignoreSchema: ['pgboss'],
    },
    pool: { min: 0, max: poolMax },
    driverOptions: {
      ...PG_POOL_TIMEOUTS,
      // No JIT compilation: it pays off on long analytic statements, never on a request's. An
      // answer built in SQL has subqueries per row and so a high estimated cost, for which
      // PostgreSQL compiled the liaison dashboard's statement ~800 ms to run it in ~120.
      options: '-c jit=off',
      onPoolCreated: releaseDeadConnections,
    },
    forceUtcTimezone: true,
    // Writes reach the database when a service flushes or commits, never as a side effect of a
    // validation query: a refused input must not half-write anything.
    flushMode: FlushMode.COMMIT,
    // Records read are plain objects with their values as own properties. On the prototype,
    // MikroORM would give every property of every record read an accessor of its own, which
    // made reads twice as costly (the statewide benchmark's dashboard hydrates ~900 records per
    // request). Relations still propagate: the unit of work sets that up on each record it
    // manages (EntityHelper.ensurePropagation).
    propagationOnPrototype: false,
    // A request's EntityManager is forked explicitly; the global one must never be used.
    allowGlobalContext: false,
    debug: logger ? ['query'] : false,
    logger: logger ? (message) => logger.trace(message) : undefined,
  });
}

/**
 * kysely, under MikroORM, never gives a pooled connection back when BEGIN, COMMIT or ROLLBACK
 * fails on it (kysely-org/kysely#1990): each transaction cut off by a database restart, or frozen
 * past the client's read timeout, would take one connection out of the pool for good, until every
 * request waited for a free one and failed. So a connection whose link to PostgreSQL ends while it
 * is checked out is given back at once (the pool discards it), and giving it back a second time
 * does nothing; and a connection that gave up waiting for an answer is closed, which ends it.
 */
export function releaseDeadConnections(pool: pg.Pool): void {
  pool.on('connect', closeOnReadTimeout);
  pool.on('acquire', (client) => {
    // pg-pool sets `release` just after this event, before the caller gets the connection.
    queueMicrotask(() => {
      const release = client.release.bind(client);
      let released = false;
      const releaseOnce = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        client.removeListener('end', ended);
        release(error);
      };
      const ended = () => releaseOnce(new Error('the database connection ended'));
      client.release = releaseOnce;
      client.once('end', ended);
    });
  });
}

/** What `pg` rejects a statement with once `query_timeout` has passed without an answer. */
const READ_TIMEOUT = 'Query read timeout';

/**
 * After a read timeout the statement may still run, ahead of anything sent next on the
 * connection, and whether a transaction is open there is unknown: the connection cannot be used
 * again. Closing its socket ends it at once, even when PostgreSQL answers nothing (a polite
 * Terminate would wait for it), and PostgreSQL rolls back whatever was open there.
 */
function closeOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const closingQuery = (...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === READ_TIMEOUT) {
          (client as unknown as pg.Client).connection.stream.destroy();
        }
      });
    }
    return result;
  };
  client.query = closingQuery as typeof client.query;
}

/** Connects and brings the schema up to date: migrations run at every start. */
export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  await underMigrationLock(options.databaseUrl, () => orm.migrator.up());
  return orm;
}

/** Any number, the same in every server: the key of the migrations' advisory lock. */
const MIGRATION_LOCK = 4_613_770_129;

/**
 * Servers started together on one database migrate one after the other: the first runs the
 * migrations, the others wait on a PostgreSQL advisory lock, then find nothing left to run. The
 * lock is held by a connection of its own, so the migrator's transactions are free to use any.
 */
async function underMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when the unlock is never reached.
    await client.end();
  }
}

/** Whether every committed migration has run (for /readyz). */
export async function migrationsPending(orm: MikroORM): Promise<number> {
  return (await orm.migrator.getPending()).length;
}
