import { Language, SubscriptionStatus } from '@cei/domain';
import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';

/**
 * A newsletter sign-up: confirmed by a link sent by email, revocable by another. Only hashes of
 * the links' tokens are stored (a leaked table cannot confirm or unsubscribe anyone), and they
 * are not GraphQL fields.
 */
@ObjectType({
  description: 'A newsletter sign-up, confirmed by a link sent by email and revocable by one.',
})
@Entity()
@Check({ name: 'subscription_email_lower_case_check', expression: 'email = lower(email)' })
@Check({
  name: 'subscription_confirmed_check',
  expression: "status <> 'CONFIRMED' or confirmed_at is not null",
})
@Check({
  name: 'subscription_unsubscribed_check',
  expression: "status <> 'UNSUBSCRIBED' or unsubscribed_at is not null",
})
export class Subscription extends BaseEntity {
  @Field(() => String, { description: 'The email address, stored lower-case.' })
  @Property({ type: 'text', unique: true })
  email: string;

  @Field(() => String, { nullable: true, description: "The subscriber's name." })
  @Property({ type: 'text', nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organization the subscriber works for.',
  })
  @Property({ type: 'text', nullable: true })
  organizationName?: string | null;

  @Field(() => Language, { description: 'The language the newsletter is sent in.' })
  @Enum({ items: () => Language })
  language: Opt<Language> = Language.ENGLISH;

  @Field(() => SubscriptionStatus, {
    description: 'Pending (not yet confirmed), confirmed or unsubscribed.',
  })
  @Enum({ items: () => SubscriptionStatus, index: true })
  status: Opt<SubscriptionStatus> = SubscriptionStatus.PENDING;

  /** Hash of the token in the confirmation link; null once confirmed. */
  @Property({ type: 'text', nullable: true, unique: true })
  confirmTokenHash?: string | null;

  /** Hash of the token in every newsletter's unsubscribe link. */
  @Property({ type: 'text', unique: true })
  unsubscribeTokenHash: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the subscriber confirmed by the emailed link.',
  })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the subscriber unsubscribed.' })
  @Property({ type: 'datetime', nullable: true })
  unsubscribedAt?: Date | null;
}
