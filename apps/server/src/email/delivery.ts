import { setTimeout as sleep } from 'node:timers/promises';
import { EmailStatus } from '@cei/domain';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { withoutSecretLinks } from './outbox.js';
import { OutboxEmail } from './outbox-email.entity.js';

/** Attempts before a temporarily failing email is given up as FAILED. */
export const MAX_DELIVERY_ATTEMPTS = 6;
/** Emails handled per transaction, so no transaction holds many rows for long. */
const BATCH_SIZE = 25;

export interface DeliveryOptions {
  /** Where to send; unset: emails are written to the log and marked LOGGED. */
  smtpUrl: string | undefined;
  mailFrom: string;
  logger: Logger;
}

export interface DeliveryResult {
  sent: number;
  logged: number;
  failed: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
}

/**
 * Sends the QUEUED emails of the outbox: through SMTP_URL (SENT, or after repeated failures
 * FAILED with the error), or without a mail server into the log (LOGGED). Each batch is first
 * claimed and committed (FOR UPDATE SKIP LOCKED, then one more attempt counted, which keeps the
 * emails out of every other deliverer's sight for a minute); then each email is sent and its
 * outcome recorded at once, outside any transaction. So no transaction stays open while a mail
 * server answers, and an email sent before a crash is already recorded as sent. A deliverer that
 * dies after claiming leaves its emails to the next run after the wait; each carries a
 * Message-ID made from its id, by which mail systems recognise a repeat. An email is retried with
 * a growing wait (1, 2, 4, 8, 16 minutes); a permanent refusal (an SMTP 5xx) fails at once. A run
 * stops claiming after DELIVERY_RUN_MS, within the job's expiry; the next minute's run goes on.
 */
export async function deliverOutbox(
  em: EntityManager,
  { smtpUrl, mailFrom, logger }: DeliveryOptions,
  now: () => Date = () => new Date(),
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, logged: 0, failed: 0, retrying: 0 };
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  const stopClaimingAt = Date.now() + DELIVERY_RUN_MS;
  const record = (id: string, changes: Partial<OutboxEmail>) =>
    em.fork().nativeUpdate(OutboxEmail, { id }, { ...changes, updatedAt: now() });
  try {
    while (Date.now() < stopClaimingAt) {
      const claimed = await claimBatch(em, now());
      for (const email of claimed) {
        if (!transport) {
          const about = { emailId: email.id, kind: email.kind, to: email.toAddress };
          logger.info(
            { ...about, subject: email.subject },
            `email not sent (SMTP_URL is not set):\n${withoutSecretLinks(email.textBody)}`,
          );
          // Its links in full only at debug level, for whoever tries a trial install's sign-ups.
          logger.debug(about, `the email's text in full:\n${email.textBody}`);
          await persistently(() =>
            record(email.id, delivered(EmailStatus.LOGGED, now(), email.textBody)),
          );
          result.logged++;
          continue;
        }
        try {
          await transport.sendMail({
            from: mailFrom,
            to: email.toAddress,
            subject: email.subject,
            text: email.textBody,
            messageId: messageIdOf(email.id, mailFrom),
          });
        } catch (error) {
          const permanent = isPermanent(error);
          const givenUp = permanent || email.attempts >= MAX_DELIVERY_ATTEMPTS;
          await record(email.id, {
            lastError: String((error as Error).message ?? error).slice(0, 1000),
            ...(givenUp ? { status: EmailStatus.FAILED } : {}),
          });
          if (givenUp) result.failed++;
          else result.retrying++;
          logger.warn(
            { emailId: email.id, attempts: email.attempts, err: error },
            givenUp ? 'email delivery failed; giving up' : 'email delivery failed; will retry',
          );
          continue;
        }
        await persistently(() =>
          record(email.id, delivered(EmailStatus.SENT, now(), email.textBody)),
        );
        result.sent++;
      }
      if (claimed.length < BATCH_SIZE) break;
    }
  } finally {
    transport?.close();
  }
  return result;
}

/** Waits between tries to record a delivery: about half a minute in all, a database restart. */
const RECORD_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000];

/**
 * Records what was delivered, trying again while the database is away: an email sent but not
 * recorded as sent would be sent again by a later run.
 */
async function persistently(write: () => Promise<unknown>): Promise<void> {
  for (const wait of RECORD_RETRY_MS) {
    try {
      await write();
      return;
    } catch {
      await sleep(wait);
    }
  }
  await write();
}

/** How long a run claims new batches: well within the delivery job's one-minute expiry. */
export const DELIVERY_RUN_MS = 40_000;

/** A batch of due emails, each counted as one more attempt, committed before any is sent. */
function claimBatch(em: EntityManager, at: Date): Promise<OutboxEmail[]> {
  return em.fork().transactional(async (tx) => {
    const emails = await tx.find(OutboxEmail, dueForDelivery(at), {
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit: BATCH_SIZE,
      lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
    });
    for (const email of emails) {
      email.attempts += 1;
      email.updatedAt = at;
    }
    return emails;
  });
}

/** The same Message-ID for every attempt at one email, in the sender's domain. */
export function messageIdOf(emailId: string, mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'cei.invalid';
  return `<outbox-${emailId}@${domain}>`;
}

/** Delivered: its secret links are of no more use to anyone but the recipient, who has them. */
function delivered(status: EmailStatus, at: Date, textBody: string): Partial<OutboxEmail> {
  return { status, deliveredAt: at, lastError: null, textBody: withoutSecretLinks(textBody) };
}

/** Queued emails never tried, and those whose wait after their last failure is over. */
function dueForDelivery(now: Date): FilterQuery<OutboxEmail> {
  const retries = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, index) => {
    const attempts = index + 1;
    const waitMs = 2 ** index * 60_000;
    return { attempts, updatedAt: { $lte: new Date(now.getTime() - waitMs) } };
  });
  return { status: EmailStatus.QUEUED, $or: [{ attempts: 0 }, ...retries] };
}

/** SMTP 5xx answers (unknown mailbox, refused sender) will not change by trying again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
