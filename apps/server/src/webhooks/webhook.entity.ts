import { WebhookAction, WebhookDeliveryStatus, WebhookEventType } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { StoredMessage } from '../i18n/messages.js';

/**
 * An HTTPS endpoint of an API partner that is told of changes (webhooks/delivery.ts). Its signing
 * secret is not stored: it is derived from `secretSeed` and SESSION_SECRET (webhooks/signing.ts),
 * shown once when made, so a copy of the database signs nothing.
 */
@ObjectType({
  description:
    "An API partner's HTTPS endpoint, sent a signed POST for each change of the kinds it subscribes to that its owner may read.",
})
@Entity()
export class WebhookEndpoint extends BaseEntity {
  /** The API partner account whose scope and tier decide what is sent. */
  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  owner: Ref<Account>;

  @Field(() => String, {
    description: 'Where events are POSTed: https (http only outside production).',
  })
  @Property({ type: 'text' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'The kinds of change it is sent.' })
  @Enum({ items: () => WebhookEventType, array: true })
  eventTypes: WebhookEventType[];

  /** Random; with SESSION_SECRET it gives the signing secret. Replaced when the secret is renewed. */
  @Property({ type: 'text' })
  secretSeed: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When it was disabled (by a person, or after repeated failures); null while enabled.',
  })
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  @Field(() => Boolean, {
    description: 'Whether it was disabled by the system after repeated failed deliveries.',
  })
  @Property({ type: 'boolean', default: false })
  disabledAfterFailures: Opt<boolean> = false;

  @Field(() => Int, {
    description:
      'Failed delivery attempts since the last success; at the configured maximum it is disabled.',
  })
  @Property({ type: 'integer', default: 0 })
  consecutiveFailures: Opt<number> = 0;
}

/**
 * A change to tell partners about, written by a flush subscriber in the same transaction as the
 * change itself (a transactional outbox, as the email outbox): a rolled-back change tells no one,
 * and a committed one is not lost. The delivery job turns it into one delivery per subscribed
 * endpoint, then deletes it. Never a GraphQL type: it carries no data of the record.
 */
@Entity()
export class WebhookEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Enum({ items: () => WebhookEventType })
  type: WebhookEventType;

  @Enum({ items: () => WebhookAction })
  action: WebhookAction;

  @Property({ type: 'uuid' })
  recordId: string;

  @Property({ type: 'datetime', index: true })
  occurredAt: Date;
}

/** One event for one endpoint: its attempts, their outcome, the delivery log. */
@ObjectType({
  description:
    'One event sent (or to send) to one webhook endpoint, with the outcome of its last attempt.',
})
@Entity()
export class WebhookDelivery extends BaseEntity {
  @ManyToOne(() => WebhookEndpoint, { ref: true, index: true, deleteRule: 'cascade' })
  endpoint: Ref<WebhookEndpoint>;

  @Field(() => ID, {
    description:
      'The event: the same for every endpoint, and in every attempt (the Webhook-Id header).',
  })
  @Property({ type: 'uuid' })
  eventId: string;

  @Field(() => WebhookEventType, { description: 'What the event is about.' })
  @Enum({ items: () => WebhookEventType })
  eventType: WebhookEventType;

  @Field(() => WebhookAction, { description: 'What happened to the record.' })
  @Enum({ items: () => WebhookAction })
  action: WebhookAction;

  @Field(() => ID, {
    description: 'The record changed (for an attendance summary, its convening).',
  })
  @Property({ type: 'uuid' })
  recordId: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed.' })
  @Property({ type: 'datetime' })
  occurredAt: Date;

  @Field(() => WebhookDeliveryStatus, {
    description:
      "Pending (waiting or retrying), delivered, failed (given up), or skipped: outside the owner's scope when it was due.",
  })
  @Enum({ items: () => WebhookDeliveryStatus, index: true })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** When the next attempt is due; a claimed delivery is pushed to its retry time first. */
  @Property({ type: 'datetime', index: true })
  nextAttemptAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last tried.' })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status at the last attempt; null when none came back.",
  })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How long the last attempt took, in milliseconds.',
  })
  @Property({ type: 'integer', nullable: true })
  lastDurationMs?: number | null;

  /** Why the last attempt failed or was skipped; the API renders it in the reader's language. */
  @Property({ type: 'jsonb', nullable: true })
  lastProblem?: StoredMessage | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the receiver accepted it (2xx).',
  })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
