import { type EntityClass, FlushMode, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AuditSubscriber } from '../audit/audit-log.js';
import { entities } from '../features.js';
import { SCOPE_FILTER, scopeFilter } from '../scope/scope-filter.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  databaseUrl: string;
  logger?: Logger;
  /** Pool size; tests use small pools so many databases fit one server. */
  poolMax?: number;
}

export function ormConfig({
  databaseUrl,
  logger,
  poolMax = 10,
}: OrmOptions): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: databaseUrl,
    entities: entities as EntityClass<object>[],
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    filters: { [SCOPE_FILTER]: scopeFilter },
    // Scope rules are where clauses with their own $or (e.g. "on a covered team, or my own");
    // joining a filter's references automatically turns those into inner joins that drop rows.
    autoJoinRefsForFilters: false,
    // Types are declared on every property; no reflection of TypeScript types is needed.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
    // Tables that are not entities: the seed marker, and those the job queue and the rate
    // limiter manage themselves. Migrations must not drop them.
    schemaGenerator: {
      skipTables: ['seed_load', 'rate_limit'],
      ignoreSchema: ['pgboss'],
    },
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    // Writes reach the database when a service flushes or commits, never as a side effect of a
    // validation query: a refused input must not half-write anything.
    flushMode: FlushMode.COMMIT,
    // A request's EntityManager is forked explicitly; the global one must never be used.
    allowGlobalContext: false,
    debug: logger ? ['query'] : false,
    logger: logger ? (message) => logger.trace(message) : undefined,
  });
}

/** Connects and brings the schema up to date: migrations run at every start. */
export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  await orm.getMigrator().up();
  return orm;
}

/** Whether every committed migration has run (for /readyz). */
export async function migrationsPending(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
