import { EmailStatus } from '@cei/domain';
import { type Opt } from '@mikro-orm/core';
import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';

/**
 * An email the system sends, written in the same transaction as the change that causes it (a
 * transactional outbox): a rolled-back change sends nothing, and a crash after the commit loses
 * nothing. A job delivers queued emails through SMTP_URL; without it they are only logged.
 * `dedupeKey` makes a message idempotent: a job that runs twice writes it once.
 */
@ObjectType({ description: 'An email the system sent, or will send.' })
@Entity()
export class OutboxEmail extends BaseEntity {
  @Field(() => String, { description: 'The recipient address.' })
  @Property({ type: 'text' })
  toAddress: string;

  @Field(() => String, { description: 'The subject line.' })
  @Property({ type: 'text' })
  subject: string;

  @Field(() => String, { description: 'The plain-text body.' })
  @Property({ type: 'text' })
  textBody: string;

  @Field(() => String, {
    description: 'What the email is for, e.g. "vacancy-reminder" or "newsletter-confirmation".',
  })
  @Property({ type: 'text', index: true })
  kind: string;

  /** Unique when set: the same message (same reason, same recipient) is written only once. */
  @Property({ type: 'text', nullable: true, unique: true })
  dedupeKey?: string | null;

  @Field(() => EmailStatus, { description: 'Queued, sent, logged (no mail server) or failed.' })
  @Enum({ items: () => EmailStatus, index: true })
  status: Opt<EmailStatus> = EmailStatus.QUEUED;

  @Field(() => Int, { description: 'How many delivery attempts were made.' })
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: 'The last delivery error, if any.' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was handed to the mail server, or logged.',
  })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
