import { EmailStatus } from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEmail } from './outbox-email.entity.js';

/**
 * How long the outbox keeps the text of an email that was not delivered. Retries end within an
 * hour of the first attempt, so this leaves an admin days to read what failed, and no longer:
 * such texts can hold links with secret tokens that were never used.
 */
export const UNDELIVERED_KEPT_DAYS = 7;

/** What an undelivered email's text becomes once its retention is over. */
export const REDACTED_TEXT = '';

/**
 * Empties the text of every email not delivered within UNDELIVERED_KEPT_DAYS of being queued: a
 * FAILED one, and one still QUEUED that long (its server was down or its SMTP settings wrong all
 * that time), which is given up as FAILED rather than sent days late. The recipient, subject,
 * kind, status, attempts and last error stay, the record of what was tried. Delivered emails
 * already lost their secret links when they were delivered. Run hourly by the job queue.
 */
export async function redactUndeliveredEmails(
  em: EntityManager,
  now = new Date(),
): Promise<{ redacted: number }> {
  const queuedBefore = new Date(now.getTime() - UNDELIVERED_KEPT_DAYS * 24 * 3_600_000);
  const givenUp = await em.nativeUpdate(
    OutboxEmail,
    { status: EmailStatus.QUEUED, createdAt: { $lt: queuedBefore } },
    {
      status: EmailStatus.FAILED,
      lastError: `not delivered within ${UNDELIVERED_KEPT_DAYS} days`,
      textBody: REDACTED_TEXT,
      updatedAt: now,
    },
  );
  const failed = await em.nativeUpdate(
    OutboxEmail,
    {
      status: EmailStatus.FAILED,
      createdAt: { $lt: queuedBefore },
      textBody: { $ne: REDACTED_TEXT },
    },
    { textBody: REDACTED_TEXT, updatedAt: now },
  );
  return { redacted: givenUp + failed };
}
