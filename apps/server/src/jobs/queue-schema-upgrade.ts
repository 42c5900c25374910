import type { MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';

/**
 * pg-boss 12 migrates its schema forward from pg-boss 11's (schema version 25) only; databases
 * made before the upgrade hold pg-boss 10's (version 24), which it refuses. Its authors' advice is
 * to move the jobs over: so the old schema is set aside under another name before pg-boss starts,
 * pg-boss installs its own fresh, the queues and schedules are declared again at every start
 * anyway (job-queue.ts), and the jobs still waiting are sent again to the new queues. Both steps
 * hold an advisory lock, so servers starting together do each once.
 */
const QUEUE_SCHEMA = 'pgboss';
const SET_ASIDE_SCHEMA = 'pgboss_v10';
const FIRST_SUPPORTED_VERSION = 25;
const UPGRADE_LOCK = "hashtext('cei:job-queue-schema-upgrade')";

/** Renames pg-boss 10's schema out of the way; true when there was one. */
export async function setAsideOldQueueSchema(orm: MikroORM): Promise<boolean> {
  return orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(${UPGRADE_LOCK})`);
    const [schema] = await em.execute<{ exists: boolean }[]>(
      `select to_regclass('${QUEUE_SCHEMA}.version') is not null as exists`,
    );
    if (!schema?.exists) return false;
    const [found] = await em.execute<{ version: number }[]>(
      `select version from ${QUEUE_SCHEMA}.version`,
    );
    if (!found || found.version >= FIRST_SUPPORTED_VERSION) return false;
    await em.execute(`alter schema ${QUEUE_SCHEMA} rename to ${SET_ASIDE_SCHEMA}`);
    return true;
  });
}

/**
 * Sends the jobs that were still waiting in pg-boss 10's schema to the started queue, then drops
 * that schema. Jobs of queues this server does not declare are left out: nothing would run them.
 */
export async function moveWaitingJobs(
  orm: MikroORM,
  boss: PgBoss,
  queues: readonly string[],
  logger: Logger,
): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(${UPGRADE_LOCK})`);
    const [old] = await em.execute<{ exists: boolean }[]>(
      `select to_regclass('${SET_ASIDE_SCHEMA}.job') is not null as exists`,
    );
    if (!old?.exists) return;
    const waiting = await em.execute<
      { name: string; data: object | null; start_after: Date; singleton_key: string | null }[]
    >(
      `select name, data, start_after, singleton_key from ${SET_ASIDE_SCHEMA}.job
       where state in ('created', 'retry') and name in (?) order by created_on`,
      [queues],
    );
    for (const job of waiting) {
      await boss.send(job.name, job.data, {
        startAfter: job.start_after,
        ...(job.singleton_key ? { singletonKey: job.singleton_key } : {}),
      });
    }
    await em.execute(`drop schema ${SET_ASIDE_SCHEMA} cascade`);
    logger.info(
      `job queue upgraded from pg-boss 10: ${waiting.length} waiting jobs moved to the new queues`,
    );
  });
}
