import { Language, SubscriptionStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Subscription } from './subscription.entity.js';

@InputType({ description: 'Filters for newsletter subscriptions; all given filters must match.' })
export class SubscriptionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Text to find in the email address, name or organization.',
  })
  q?: string;

  @Field(() => String, { nullable: true, description: 'Exact email address (lower-case).' })
  email?: string;

  @Field(() => Language, { nullable: true, description: 'Only this language.' })
  language?: Language;

  @Field(() => SubscriptionStatus, { nullable: true, description: 'Only this status.' })
  status?: SubscriptionStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Confirmed at or after.' })
  confirmedAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Confirmed at or before.' })
  confirmedAtTo?: Date;
}

export const SubscriptionList = defineList(Subscription, {
  filter: SubscriptionFilter,
  orderFields: {
    EMAIL: 'email',
    STATUS: 'status',
    CONFIRMED_AT: 'confirmedAt',
    CREATED_AT: 'createdAt',
  },
  search: ['email', 'name', 'organizationName'],
  defaultOrder: [ascending('email')],
});
