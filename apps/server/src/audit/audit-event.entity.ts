import { AuditAction } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar, JsonScalar } from '../graphql/scalars.js';

/**
 * One entry of the audit log: a sign-in, a change to a record (written in the same transaction
 * as the change), or a read of protected data by someone other than CEI staff. Nobody edits it:
 * the database refuses updates and deletes (see the migration).
 */
@ObjectType({
  description: 'One entry of the audit log: who did what to which record, and when. Read-only.',
})
@Entity()
@Index({ properties: ['entity', 'entityId'] })
export class AuditEvent extends BaseEntity {
  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  @Property({ type: 'datetime', index: true })
  occurredAt: Opt<Date> = new Date();

  @Field(() => AuditAction, { description: 'What happened.' })
  @Enum({ items: () => AuditAction, index: true })
  action: AuditAction;

  /** Who did it; null for the public (a failed sign-in with an unknown email) and the system. */
  @ManyToOne(() => Account, { ref: true, nullable: true, index: true, deleteRule: 'no action' })
  actor?: Ref<Account> | null;

  @Field(() => String, { nullable: true, description: 'The role the actor had at the time.' })
  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. "Membership".' })
  @Property({ type: 'text', nullable: true })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the record.' })
  @Property({ type: 'text', nullable: true })
  entityId?: string | null;

  @Field(() => JsonScalar, {
    nullable: true,
    description:
      'What changed, as `{ field: [before, after] }` (secrets redacted), or the fields read.',
  })
  @Property({ type: 'jsonb', nullable: true })
  changes?: Record<string, unknown> | null;

  @Field(() => String, { description: 'A one-line account of the event.' })
  @Property({ type: 'text' })
  summary: string;
}
