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
    .onConflict('dedupe_key')
    .ignore()
    .execute('run');
  return (inserted.affectedRows ?? 0) > 0;
}
