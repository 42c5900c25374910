import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Account } from './account.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its keyed hash is stored, so a copy
 * of the database cannot be used to sign in. Sessions live in PostgreSQL, so any number of
 * server replicas share them.
 */
@Entity()
export class Session extends BaseEntity {
  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  account: Ref<Account>;

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  /** Renewed as the session is used; idle for 30 minutes, it ends. */
  @Property({ type: 'datetime' })
  lastSeenAt: Opt<Date> = new Date();

  /** At most 8 hours after sign-in, whatever the use. */
  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;
}

/** A bearer token of an API partner account: read-only, shown once, stored as a keyed hash. */
@ObjectType({
  description: 'A bearer token of an API partner account: read-only; the secret is shown once.',
})
@Entity()
export class ApiToken extends BaseEntity {
  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  account: Ref<Account>;

  @Field(() => String, { description: 'What the token is for, e.g. "Research dashboard".' })
  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Field(() => DateTimeScalar, { description: 'When the token stops working.' })
  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token was last used.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the token was revoked; null while valid.',
  })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Requests the token may make per rate-limit window; null: the configured default (rateLimitSettings).',
  })
  @Property({ type: 'integer', nullable: true })
  requestLimit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Query cost the token may spend per rate-limit window; null: the configured default (rateLimitSettings).',
  })
  @Property({ type: 'integer', nullable: true })
  costLimit?: number | null;
}
