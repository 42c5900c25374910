import { isIsoDate, PACIFIC_TIME_ZONE, todayInPacific } from '@cei/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { PG_POOL_TIMEOUTS } from '../database/orm.js';
import { deliverOutbox } from '../email/delivery.js';
import { redactUndeliveredEmails } from '../email/outbox-retention.js';
import { expireImportPreviews } from '../imports/import.service.js';
import { sendVacancyReminders } from '../rosters/vacancy-reminders.js';
import { systemFork } from '../scope/scope-filter.js';
import { purgeDeletions } from '../sync/deletions.js';
import { deliverWebhooks } from '../webhooks/delivery.js';
import { moveWaitingJobs, setAsideOldQueueSchema } from './queue-schema-upgrade.js';

/**
 * Background work on pg-boss, in the application's own PostgreSQL (schema `pgboss`, which the
 * migrations leave alone). Every server starts the queue; pg-boss's cron runs each schedule on
 * one server only, and the queues are "stately" (at most one job waiting and one running), so a
 * job runs once however many servers there are. The jobs' writes are idempotent besides (the
 * outbox's dedupe keys, delivery's row locks), so a retried job repeats nothing.
 */

export const JOBS = {
  /** Daily, 07:00 in California: emails about vacancies due within 7 days and overdue ones. */
  vacancyReminders: 'vacancy-reminders',
  /** Every minute, and right after reminders are queued: sends the outbox. */
  deliverOutbox: 'deliver-outbox',
  /** Every minute: deletes the files of imports nobody will run, and ends imports whose server stopped. */
  expireImportPreviews: 'expire-import-previews',
  /** Hourly: empties the text of emails not delivered within a week (email/outbox-retention.ts). */
  redactUndeliveredEmails: 'redact-undelivered-emails',
  /** Daily, 03:30 in California: deletes the record of deletions older than their retention. */
  purgeDeletions: 'purge-deletions',
  /** Every minute: sends the webhook outbox (webhooks/delivery.ts). */
  deliverWebhooks: 'deliver-webhooks',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

const SCHEDULES: Record<JobName, string> = {
  [JOBS.vacancyReminders]: '0 7 * * *',
  [JOBS.deliverOutbox]: '* * * * *',
  // Every minute: an import whose server stopped is ended within about a minute and a half.
  [JOBS.expireImportPreviews]: '* * * * *',
  [JOBS.redactUndeliveredEmails]: '23 * * * *',
  [JOBS.purgeDeletions]: '30 3 * * *',
  [JOBS.deliverWebhooks]: '* * * * *',
};

export interface VacancyRemindersData {
  /** The day to remind for (`YYYY-MM-DD`); today in California when omitted. */
  today?: string;
}

export interface JobQueue {
  boss: PgBoss;
  /** Asks for an outbox delivery now; a request already waiting absorbs it. */
  requestDelivery(): Promise<void>;
  /** Stops taking jobs, lets running ones finish (within `graceMs`), closes its connections. */
  stop(graceMs?: number): Promise<void>;
}

export interface JobQueueDependencies {
  databaseUrl: string;
  orm: MikroORM;
  /** Read when a job runs, so a test server's late-set publicUrl is seen. */
  config: Config;
  logger: Logger;
}

export async function startJobQueue({
  databaseUrl,
  orm,
  config,
  logger,
}: JobQueueDependencies): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    application_name: 'cei-jobs',
    max: 4,
    // The same limits as the server's other connections: a frozen database fails a job's
    // statement (retried later) instead of holding it, and its worker, for ever.
    ...PG_POOL_TIMEOUTS,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await setAsideOldQueueSchema(orm);
  await boss.start();

  await boss.createQueue(JOBS.vacancyReminders, {
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 300,
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(JOBS.deliverOutbox, {
    policy: 'stately',
    // The next minute's run picks up whatever this one left; a run held by a server that died
    // blocks the queue for a minute at most (a run claims for DELIVERY_RUN_MS only).
    retryLimit: 0,
    expireInSeconds: 60,
  });
  await boss.createQueue(JOBS.expireImportPreviews, {
    policy: 'stately',
    // The next minute's run catches up.
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.createQueue(JOBS.redactUndeliveredEmails, {
    policy: 'stately',
    // The next hour's run catches up.
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.createQueue(JOBS.purgeDeletions, {
    policy: 'stately',
    // Tomorrow's run catches up; a deletion kept a day longer harms no one.
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.createQueue(JOBS.deliverWebhooks, {
    policy: 'stately',
    // As the email outbox: the next minute's run picks up whatever this one left.
    retryLimit: 0,
    expireInSeconds: 60,
  });
  // The cron lines are read in Pacific time (07:00 in California; the others run every minute
  // or hour wherever).
  for (const job of Object.values(JOBS)) {
    await boss.schedule(job, SCHEDULES[job], {}, { tz: PACIFIC_TIME_ZONE });
  }
  await moveWaitingJobs(orm, boss, Object.values(JOBS), logger);

  const requestDelivery = async () => {
    await boss.send(JOBS.deliverOutbox, {});
  };

  await boss.work<VacancyRemindersData>(JOBS.vacancyReminders, async ([job]) => {
    const today = job?.data?.today ?? todayInPacific(new Date());
    if (!isIsoDate(today)) throw new Error(`vacancy-reminders: not a date: ${today}`);
    const run = await sendVacancyReminders(systemFork(orm), today, config);
    logger.info(
      { job: JOBS.vacancyReminders, today, ...run },
      `vacancy reminders for ${today}: ${run.queued} emails queued`,
    );
    if (run.queued > 0) await requestDelivery();
    return run;
  });
  await boss.work(JOBS.deliverOutbox, async () => {
    const result = await deliverOutbox(systemFork(orm), {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      logger,
    });
    if (result.sent + result.logged + result.failed + result.retrying > 0) {
      logger.info({ job: JOBS.deliverOutbox, ...result }, 'outbox delivered');
    }
    return result;
  });

  await boss.work(JOBS.expireImportPreviews, async () => {
    const result = await expireImportPreviews(systemFork(orm));
    if (result.expired + result.abandoned > 0) {
      logger.info({ job: JOBS.expireImportPreviews, ...result }, 'import files deleted');
    }
    return result;
  });

  await boss.work(JOBS.redactUndeliveredEmails, async () => {
    const result = await redactUndeliveredEmails(systemFork(orm));
    if (result.redacted > 0) {
      logger.info({ job: JOBS.redactUndeliveredEmails, ...result }, 'undelivered emails redacted');
    }
    return result;
  });

  // A server starting after a crash ends the imports that died with it at once (a run beside
  // another server's changes nothing twice).
  await expireImportPreviews(systemFork(orm));

  await boss.work(JOBS.purgeDeletions, async () => {
    const result = await purgeDeletions(systemFork(orm));
    logger.info({ job: JOBS.purgeDeletions, ...result }, 'old deletions purged');
    return result;
  });

  await boss.work(JOBS.deliverWebhooks, async () => {
    const result = await deliverWebhooks(orm, { config, logger });
    if (Object.values(result).some((count) => count > 0)) {
      logger.info({ job: JOBS.deliverWebhooks, ...result }, 'webhooks delivered');
    }
    // Disabled endpoints' owners were emailed through the outbox.
    if (result.disabledEndpoints > 0) await requestDelivery();
    return result;
  });

  return {
    boss,
    requestDelivery,
    // Running jobs may finish within the grace period; pg-boss then stops them.
    stop: (graceMs = 30_000) => boss.stop({ graceful: true, timeout: graceMs }),
  };
}
