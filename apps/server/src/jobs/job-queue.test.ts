import { EmailStatus, Role, TeamRole, TeamStatus } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../accounts/account.entity.js';
import { createAccountRecord } from '../accounts/account.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { loadConfig } from '../config/config.js';
import { DATABASE_TIMEOUTS } from '../database/orm.js';
import { OutboxEmail } from '../email/outbox-email.entity.js';
import { PREVIEW_IMPORT } from '../imports/import.fixtures.js';
import { Membership } from '../rosters/membership.entity.js';
import { Person } from '../rosters/person.entity.js';
import { sendVacancyReminders } from '../rosters/vacancy-reminders.js';
import { Team } from '../teams/team.entity.js';
import { TEST_ADMIN } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { JOBS, type JobQueue, startJobQueue } from './job-queue.js';

const context = useTestServer({ jobs: true });

/**
 * The reminders, run by the real queue (pg-boss in the test database). On 2024-05-10: Oxnard's
 * community partner left on 15 April (vacancy due 15 May, in 5 days); Bakersfield's site staff
 * left on 1 March (due 1 April: overdue); Oakland's vacancy was filled; Parlier withdrew.
 */
const TODAY = '2024-05-10';
let teams: Record<'oxnard' | 'bakersfield' | 'oakland' | 'parlier', Team>;
let secondServer: JobQueue | undefined;

function seat(em: EntityManager, team: Team, role: TeamRole, startedOn: string, endedOn?: string) {
  em.create(Membership, {
    team: ref(team),
    person: ref(em.create(Person, { givenName: 'Test', familyName: `${team.name} ${role}` })),
    role,
    startedOn,
    endedOn: endedOn ?? null,
    endReason: endedOn ? 'LEFT_POSITION' : null,
  });
}

async function runJob(queue: JobQueue, data: object): Promise<Record<string, number>> {
  let id: string | null = null;
  for (let tries = 0; !id && tries < 100; tries++) {
    // A stately queue takes one waiting job at a time: wait until the last one has started.
    id = await queue.boss.send(JOBS.vacancyReminders, data);
    if (!id) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!id) throw new Error('the job was not queued');
  return waitForJob(queue, JOBS.vacancyReminders, id);
}

async function waitForJob(queue: JobQueue, name: string, id: string) {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const [job] = await queue.boss.findJobs<object>(name, { id });
    if (job?.state === 'completed') return job.output as Record<string, number>;
    if (job?.state === 'failed') throw new Error(`job failed: ${JSON.stringify(job.output)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`job ${name} ${id} did not finish`);
}

async function reminders() {
  return context.server
    .em()
    .find(
      OutboxEmail,
      { kind: 'vacancy-reminder' },
      { orderBy: { toAddress: 'asc', subject: 'asc' } },
    );
}

beforeAll(async () => {
  const em = context.server.em();
  const byName = async (prefix: string) =>
    em.findOneOrFail(Team, { name: { $like: `${prefix}%` } }, { populate: ['cohort'] });
  teams = {
    oxnard: await byName('Oxnard'),
    bakersfield: await byName('Bakersfield'),
    oakland: await byName('Oakland'),
    parlier: await byName('Parlier'),
  };
  seat(em, teams.oxnard, TeamRole.COMMUNITY_PARTNER, '2023-01-01', '2024-04-15');
  seat(em, teams.bakersfield, TeamRole.SITE_STAFF, '2023-01-01', '2024-03-01');
  seat(em, teams.oakland, TeamRole.FAMILY_MEMBER, '2023-01-01', '2024-04-20');
  seat(em, teams.oakland, TeamRole.FAMILY_MEMBER, '2024-05-01');
  seat(em, teams.parlier, TeamRole.SITE_STAFF, '2023-01-01', '2024-03-01');
  teams.parlier.status = TeamStatus.WITHDRAWN;
  await em.flush();

  await createAccountRecord(em, {
    email: 'lupe.lead@example.org',
    displayName: 'Lupe',
    role: Role.TEAM_LEAD,
    language: 'es',
    teamIds: [teams.oxnard.id],
  });
  const designee = await createAccountRecord(em, {
    email: 'dana.designee@example.org',
    displayName: 'Dana',
    role: Role.CEI_STAFF,
  });
  const retired = await createAccountRecord(em, {
    email: 'retired.admin@example.org',
    displayName: 'Retired',
    role: Role.CEI_ADMIN,
  });
  retired.disabledAt = new Date();
  await em.flush();
  // Cohort I (Oxnard's) names a designee; Cohort II does not, so its reminders go to admins.
  const cohortI = await em.findOneOrFail(Cohort, { number: 1 });
  const named = await context.server.graphql(
    'mutation ($id: ID!, $version: Int!, $input: UpdateCohortInput!) { updateCohort(id: $id, version: $version, input: $input) { designee { email } } }',
    { id: cohortI.id, version: cohortI.version, input: { designeeId: designee.id } },
  );
  expect(named.data).toEqual({
    updateCohort: { designee: { email: 'dana.designee@example.org' } },
  });
});

afterAll(async () => {
  await secondServer?.stop();
});

describe('the job queue', () => {
  it('schedules the reminders daily at 7:00 in California, deliveries and import expiry every minute, redaction hourly, the purge of old deletions daily', async () => {
    const schedules = await context.server.jobs?.boss.getSchedules();
    const byName = Object.fromEntries(
      (schedules ?? []).map((schedule) => [
        schedule.name,
        [schedule.cron, (schedule as { timezone?: string }).timezone],
      ]),
    );
    expect(byName).toEqual({
      'vacancy-reminders': ['0 7 * * *', 'America/Los_Angeles'],
      'deliver-outbox': ['* * * * *', 'America/Los_Angeles'],
      'expire-import-previews': ['* * * * *', 'America/Los_Angeles'],
      'redact-undelivered-emails': ['23 * * * *', 'America/Los_Angeles'],
      'purge-deletions': ['30 3 * * *', 'America/Los_Angeles'],
      'deliver-webhooks': ['* * * * *', 'America/Los_Angeles'],
    });
  });

  it("bounds every wait on its connections with the server's database limits", async () => {
    const boss = context.server.jobs?.boss;
    if (!boss) throw new Error('no job queue');
    const { rows } = await boss
      .getDb()
      .executeSql(
        "select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle",
      );
    expect(rows[0]).toEqual({ statement: '30s', lock: '10s', idle: '1min' });
    // The client side: a database that answers nothing, a connection that does not come.
    const pool = (boss.getDb() as unknown as { pool: { options: Record<string, unknown> } }).pool;
    expect(pool.options).toMatchObject({
      query_timeout: DATABASE_TIMEOUTS.statementMs + 5_000,
      connectionTimeoutMillis: DATABASE_TIMEOUTS.poolAcquireMs,
    });
  });

  it('expires import previews nobody imported, through the queue', async () => {
    const queue = context.server.jobs as JobQueue;
    const { data, errors } = await context.server.graphql<{ previewImport: { id: string } }>(
      PREVIEW_IMPORT,
      { input: { kind: 'LEAS_AND_SCHOOLS', fileName: 'leas.csv', content: 'kind,name\nLEA,A\n' } },
    );
    expect(errors).toBeUndefined();
    const id = data?.previewImport.id;
    await context.server
      .em()
      .execute("update data_import set updated_at = now() - interval '25 hours' where id = ?", [
        id,
      ]);
    const jobId = await queue.boss.send(JOBS.expireImportPreviews, {});
    if (!jobId) throw new Error('the job was not queued');
    expect(await waitForJob(queue, JOBS.expireImportPreviews, jobId)).toEqual({
      expired: 1,
      abandoned: 0,
    });
    const [row] = await context.server
      .em()
      .execute('select status, content from data_import where id = ?', [id]);
    expect(row).toEqual({ status: 'EXPIRED', content: null });
  });
});

describe('vacancy reminders', () => {
  it('emails each team lead and the designee (or every active admin) once per vacancy due within 7 days or overdue', async () => {
    const queue = context.server.jobs as JobQueue;
    expect(await runJob(queue, { today: TODAY })).toEqual({ queued: 3, alreadyQueued: 0 });
    const emails = await reminders();
    expect(emails.map((email) => [email.toAddress, email.subject])).toEqual([
      [
        'dana.designee@example.org',
        'Vacancy on Oxnard School District: Community partner, to fill by May 15, 2024',
      ],
      [
        'lupe.lead@example.org',
        'Vacante en Oxnard School District: Socio comunitario, a cubrir antes del 15 de mayo de 2024',
      ],
      [
        TEST_ADMIN.email,
        'Overdue vacancy on Bakersfield City School District: Site staff, was due April 1, 2024',
      ],
    ]);
    const [designee, lead, admin] = emails;
    expect(designee?.textBody).toContain('(in 5 days)');
    expect(designee?.textBody).toContain(`${context.server.url}/#/teams/${teams.oxnard.id}/show`);
    expect(designee?.textBody).toContain('the CEI designee for Cohort I');
    expect(lead?.textBody).toContain('(en 5 días)');
    expect(lead?.textBody).toContain('líder de este equipo');
    expect(admin?.textBody).toContain('39 days ago');
    expect(admin?.textBody).toContain('Cohort II has no CEI designee');
  });

  it('writes nothing more when it runs again', async () => {
    const queue = context.server.jobs as JobQueue;
    expect(await runJob(queue, { today: TODAY })).toEqual({ queued: 0, alreadyQueued: 3 });
    expect(
      await sendVacancyReminders(context.server.em(), TODAY, { publicUrl: context.server.url }),
    ).toEqual({ queued: 0, alreadyQueued: 3 });
    expect(await reminders()).toHaveLength(3);
  });

  it('hands the new emails to delivery at once (logged, without SMTP_URL)', async () => {
    for (let waited = 0; waited < 20_000; waited += 250) {
      const emails = await reminders();
      if (emails.every((email) => email.status === EmailStatus.LOGGED)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const emails = await reminders();
    expect(emails.map((email) => email.status)).toEqual([
      EmailStatus.LOGGED,
      EmailStatus.LOGGED,
      EmailStatus.LOGGED,
    ]);
    expect(emails.every((email) => email.deliveredAt instanceof Date)).toBe(true);
  });

  it('sends an overdue email once the due date has passed, once, with two servers running the job', async () => {
    secondServer = await startJobQueue({
      databaseUrl: String(context.server.orm.config.get('clientUrl')),
      orm: context.server.orm,
      config: {
        ...loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'a'.repeat(32) }),
        smtpUrl: undefined,
        mailFrom: 'CEI <test@example.org>',
        publicUrl: context.server.url,
      },
      logger: pino({ level: 'silent' }),
    });
    const runs = await Promise.all([
      runJob(context.server.jobs as JobQueue, { today: '2024-05-20' }),
      runJob(secondServer, { today: '2024-05-20' }),
    ]);
    expect(runs.reduce((sum, run) => sum + (run.queued ?? 0), 0)).toBe(2);
    const overdue = (await reminders()).filter((email) => email.subject.includes('Oxnard'));
    expect(overdue.map((email) => [email.toAddress, email.subject])).toEqual([
      [
        'dana.designee@example.org',
        'Overdue vacancy on Oxnard School District: Community partner, was due May 15, 2024',
      ],
      [
        'dana.designee@example.org',
        'Vacancy on Oxnard School District: Community partner, to fill by May 15, 2024',
      ],
      [
        'lupe.lead@example.org',
        'Vacante en Oxnard School District: Socio comunitario, a cubrir antes del 15 de mayo de 2024',
      ],
      [
        'lupe.lead@example.org',
        'Vacante vencida en Oxnard School District: Socio comunitario, venció el 15 de mayo de 2024',
      ],
    ]);
    expect(await reminders()).toHaveLength(5);
  });

  it('reminds nobody of a filled vacancy or a withdrawn team, nor a disabled admin', async () => {
    const emails = await reminders();
    const text = emails.map((email) => `${email.subject}\n${email.textBody}`).join('\n');
    expect(text).not.toContain('Oakland');
    expect(text).not.toContain('Parlier');
    expect(emails.map((email) => email.toAddress)).not.toContain('retired.admin@example.org');
  });

  it('falls back to the admins when the designee is disabled', async () => {
    const em = context.server.em();
    const designee = await em.findOneOrFail(Account, { email: 'dana.designee@example.org' });
    designee.disabledAt = new Date();
    await em.flush();
    const run = await sendVacancyReminders(em, '2024-05-20', { publicUrl: context.server.url });
    expect(run.queued).toBe(1);
    const [fallback] = await em.find(OutboxEmail, {
      kind: 'vacancy-reminder',
      toAddress: TEST_ADMIN.email,
      subject: { $like: '%Oxnard%' },
    });
    expect(fallback?.textBody).toContain('Cohort I has no CEI designee');
  });
});
