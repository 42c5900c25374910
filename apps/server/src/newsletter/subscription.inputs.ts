import { Language, SubscriptionStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, MaxLength } from '../common/validation.js';
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

@InputType({ description: 'A newsletter sign-up, confirmed by a link sent to the address.' })
export class SubscribeInput {
  @Field(() => String, { description: 'The email address to send the newsletter to.' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true, description: "The subscriber's name." })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organization the subscriber works for.',
  })
  @IsOptional()
  @MaxLength(200)
  organizationName?: string | null;

  @Field(() => Language, {
    nullable: true,
    defaultValue: Language.ENGLISH,
    description: 'The language of the emails and the newsletter (English or Spanish).',
  })
  language?: Language | null;
}
