import { EmailStatus } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { JOBS, type JobQueue } from '../jobs/job-queue.js';
import { useTestServer } from '../testing/vitest.js';
import { queueEmail } from './outbox.js';
import { OutboxEmail } from './outbox-email.entity.js';
import { UNDELIVERED_KEPT_DAYS } from './outbox-retention.js';

const context = useTestServer({ jobs: true });

const LINK = `https://cei.example.org/newsletter/confirm/${'a1B2_c3-'.repeat(5)}xyz`;
const DAY = 24 * 3_600_000;

/** An email in the outbox as it stands `daysAgo` days after it was queued. */
async function email(name: string, status: EmailStatus, daysAgo: number, textBody: string) {
  const em = context.server.em();
  await queueEmail(em, {
    to: `${name}@example.org`,
    subject: `Confirm, ${name}`,
    text: textBody,
    kind: 'retention-test',
  });
  const createdAt = new Date(Date.now() - daysAgo * DAY);
  // Tried a moment ago: the delivery job running beside this test leaves it alone.
  await em.nativeUpdate(
    OutboxEmail,
    { toAddress: `${name}@example.org` },
    { status, createdAt, updatedAt: new Date(), attempts: 1, lastError: null },
  );
}

async function waitForJob(queue: JobQueue, id: string) {
  for (let waited = 0; waited < 30_000; waited += 200) {
    const [job] = await queue.boss.findJobs<object>(JOBS.redactUndeliveredEmails, { id });
    if (job?.state === 'completed') return job.output;
    if (job?.state === 'failed') throw new Error(`job failed: ${JSON.stringify(job.output)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the job did not finish');
}

describe('undelivered emails after the retention period', () => {
  it('lose their text (and a queued one is given up), keeping who, what and why, through the queue', async () => {
    const old = UNDELIVERED_KEPT_DAYS + 1;
    const body = `Confirm: ${LINK}`;
    await email('failed-old', EmailStatus.FAILED, old, body);
    await email('queued-old', EmailStatus.QUEUED, old, body);
    await email('failed-recent', EmailStatus.FAILED, UNDELIVERED_KEPT_DAYS - 1, body);
    await email('queued-recent', EmailStatus.QUEUED, 0, body);
    await email('sent-old', EmailStatus.SENT, old, 'Confirm: [removed]');

    const queue = context.server.jobs as JobQueue;
    const jobId = await queue.boss.send(JOBS.redactUndeliveredEmails, {});
    if (!jobId) throw new Error('the job was not queued');
    expect(await waitForJob(queue, jobId)).toEqual({ redacted: 2 });

    const emails = await context.server
      .em()
      .find(OutboxEmail, { kind: 'retention-test' }, { orderBy: { toAddress: 'asc' } });
    expect(
      emails.map((one) => [one.toAddress, one.subject, one.status, one.textBody, one.lastError]),
    ).toEqual([
      ['failed-old@example.org', 'Confirm, failed-old', 'FAILED', '', null],
      ['failed-recent@example.org', 'Confirm, failed-recent', 'FAILED', body, null],
      [
        'queued-old@example.org',
        'Confirm, queued-old',
        'FAILED',
        '',
        `not delivered within ${UNDELIVERED_KEPT_DAYS} days`,
      ],
      ['queued-recent@example.org', 'Confirm, queued-recent', 'QUEUED', body, null],
      ['sent-old@example.org', 'Confirm, sent-old', 'SENT', 'Confirm: [removed]', null],
    ]);
    // No admin reading the outbox finds a live secret link in an email older than the period.
    const readable = await context.server.graphql<{
      outboxEmails: { nodes: { textBody: string }[] };
    }>('{ outboxEmails(filter: { q: "failed-old" }) { nodes { textBody } } }');
    expect(JSON.stringify(readable)).not.toContain(LINK);
  });
});
