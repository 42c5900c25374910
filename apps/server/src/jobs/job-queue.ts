import { isIsoDate, PACIFIC_TIME_ZONE, todayInPacific } from '@cei/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { deliverOutbox } from '../email/delivery.js';
import { expireImportPreviews } from '../imports/import.service.js';
import { sendVacancyReminders } from '../rosters/vacancy-reminders.js';
import { systemFork } from '../scope/scope-filter.js';

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
  /** Hourly: deletes the files of imports nobody will run (previews older than 24 hours). */
  expireImportPreviews: 'expire-import-previews',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

const SCHEDULES: Record<JobName, string> = {
  [JOBS.vacancyReminders]: '0 7 * * *',
  [JOBS.deliverOutbox]: '* * * * *',
  [JOBS.expireImportPreviews]: '17 * * * *',
};

export interface VacancyRemindersData {
  /** The day to remind for (`YYYY-MM-DD`); today in California when omitted. */
  today?: string;
}

export interface JobQueue {
  boss: PgBoss;
  /** Asks for an outbox delivery now; a request already waiting absorbs it. */
  requestDelivery(): Promise<void>;
  /** Stops taking jobs, lets running ones finish, and closes the queue's connections. */
  stop(): Promise<void>;
}

export interface JobQueueDependencies {
  databaseUrl: string;
  orm: MikroORM;
  /** Read when a job runs, so a test server's late-set publicUrl is seen. */
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>;
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
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();

  await boss.createQueue(JOBS.vacancyReminders, {
    name: JOBS.vacancyReminders,
    policy: 'stately',
    retryLimit: 3,
    retryDelay: 300,
    expireInSeconds: 15 * 60,
  });
  await boss.createQueue(JOBS.deliverOutbox, {
    name: JOBS.deliverOutbox,
    policy: 'stately',
    // The next minute's run picks up whatever this one left.
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  await boss.createQueue(JOBS.expireImportPreviews, {
    name: JOBS.expireImportPreviews,
    policy: 'stately',
    // The next hour's run catches up.
    retryLimit: 0,
    expireInSeconds: 10 * 60,
  });
  // The cron lines are read in Pacific time (07:00 in California; the others run every minute
  // or hour wherever).
  for (const job of Object.values(JOBS)) {
    await boss.schedule(job, SCHEDULES[job], {}, { tz: PACIFIC_TIME_ZONE });
  }

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

  return {
    boss,
    requestDelivery,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
