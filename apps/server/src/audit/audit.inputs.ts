import { AuditAction } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { defineList, descending } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { AuditEvent } from './audit-event.entity.js';

@InputType({ description: 'Filters for the audit log; all given filters must match.' })
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Events of this account.' })
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. "Membership".' })
  entity?: string;

  @Field(() => ID, { nullable: true, description: 'Events about this record.' })
  entityId?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  occurredAtTo?: Date;
}

export const AuditEventList = defineList(AuditEvent, {
  filter: AuditEventFilter,
  orderFields: { OCCURRED_AT: 'occurredAt' },
  defaultOrder: [descending('occurredAt')],
});
