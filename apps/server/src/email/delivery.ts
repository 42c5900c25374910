import { EmailStatus } from '@cei/domain';
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
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
 * FAILED with the error), or without a mail server into the log (LOGGED). Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two deliverers never send the same email; an email is retried with
 * a growing wait (1, 2, 4, 8, 16 minutes) and a permanent refusal (an SMTP 5xx) fails at once.
 */
export async function deliverOutbox(
  em: EntityManager,
  { smtpUrl, mailFrom, logger }: DeliveryOptions,
  now: () => Date = () => new Date(),
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, logged: 0, failed: 0, retrying: 0 };
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  try {
    for (;;) {
      const handled = await em.fork().transactional(async (tx) => {
        const emails = await tx.find(OutboxEmail, dueForDelivery(now()), {
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: BATCH_SIZE,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        });
        for (const email of emails) {
          if (!transport) {
            logger.info(
              { emailId: email.id, kind: email.kind, to: email.toAddress, subject: email.subject },
              `email not sent (SMTP_URL is not set):\n${email.textBody}`,
            );
            markDelivered(email, EmailStatus.LOGGED, now());
            result.logged++;
            continue;
          }
          email.attempts += 1;
          try {
            await transport.sendMail({
              from: mailFrom,
              to: email.toAddress,
              subject: email.subject,
              text: email.textBody,
            });
            markDelivered(email, EmailStatus.SENT, now());
            result.sent++;
          } catch (error) {
            const permanent = isPermanent(error);
            email.lastError = String((error as Error).message ?? error).slice(0, 1000);
            if (permanent || email.attempts >= MAX_DELIVERY_ATTEMPTS) {
              email.status = EmailStatus.FAILED;
              result.failed++;
            } else {
              result.retrying++;
            }
            logger.warn(
              { emailId: email.id, attempts: email.attempts, err: error },
              permanent || email.status === EmailStatus.FAILED
                ? 'email delivery failed; giving up'
                : 'email delivery failed; will retry',
            );
          }
        }
        return emails.length;
      });
      if (handled < BATCH_SIZE) break;
    }
  } finally {
    transport?.close();
  }
  return result;
}

function markDelivered(email: OutboxEmail, status: EmailStatus, at: Date): void {
  email.status = status;
  email.deliveredAt = at;
  email.lastError = null;
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
