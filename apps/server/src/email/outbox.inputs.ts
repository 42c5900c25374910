import { EmailStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { defineList, descending } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { OutboxEmail } from './outbox-email.entity.js';

@InputType({ description: 'Filters for the outbox; all given filters must match.' })
export class OutboxEmailFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the recipient or subject.' })
  q?: string;

  @Field(() => EmailStatus, { nullable: true, description: 'Only emails in this status.' })
  status?: EmailStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Only emails of this kind, e.g. "vacancy-reminder".',
  })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'Exact recipient address.' })
  toAddress?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Queued at or after.' })
  createdAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Queued at or before.' })
  createdAtTo?: Date;
}

export const OutboxEmailList = defineList(OutboxEmail, {
  filter: OutboxEmailFilter,
  orderFields: {
    CREATED_AT: 'createdAt',
    DELIVERED_AT: 'deliveredAt',
    STATUS: 'status',
    TO_ADDRESS: 'toAddress',
  },
  search: ['toAddress', 'subject'],
  defaultOrder: [descending('createdAt')],
});
