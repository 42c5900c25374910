import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEmail } from './outbox-email.entity.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the email is for, e.g. "vacancy-reminder". */
  kind: string;
  /** When set, a second message with the same key is not written (idempotent jobs). */
  dedupeKey?: string;
}

/**
 * Writes an email into the outbox, inside the caller's transaction when `em` is in one, so the
 * email exists exactly when the change that caused it is committed. Returns false when a message
 * with the same dedupe key was already written. The delivery job (email/delivery.ts) sends it.
 */
export async function queueEmail(em: EntityManager, message: EmailMessage): Promise<boolean> {
  const now = new Date();
  const inserted = await em
    .createQueryBuilder(OutboxEmail)
    .insert({
      id: randomUUID(),
      version: 1,
      createdAt: now,
      updatedAt: now,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      kind: message.kind,
      dedupeKey: message.dedupeKey ?? null,
    })
    .onConflict('dedupeKey')
    .ignore()
    .execute('run');
  return (inserted.affectedRows ?? 0) > 0;
}

/** A link ending in a secret token (newToken: 43 base64url characters), as in newsletter emails. */
const SECRET_LINK = /(https?:\/\/[^\s]*\/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/**
 * An email's text with its secret links cut short: what the outbox keeps once the email is
 * delivered, and what the log shows at its default level. The links (confirm or unsubscribe a
 * subscription) are the recipient's alone; an admin reading the outbox must not be able to use
 * them.
 */
export function withoutSecretLinks(text: string): string {
  return text.replace(SECRET_LINK, '$1[removed]');
}
