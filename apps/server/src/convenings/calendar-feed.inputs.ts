import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID } from '../common/validation.js';
import { CalendarFeed } from './calendar-feed.entity.js';

@InputType({
  description: "A new calendar feed: a cohort's convenings, or a person's. Give exactly one.",
})
export class CreateCalendarFeedInput {
  @Field(() => ID, { nullable: true, description: 'A cohort: its convenings (public schedule).' })
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A person: the convenings of their teams' cohorts while they are on them. Yourself; CEI staff and team leads also people on the rosters they keep.",
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;
}

@ObjectType({
  description:
    'A calendar feed with its secret address, shown only now: keep it, or renew the feed for a new one.',
})
export class IssuedCalendarFeed {
  @Field(() => CalendarFeed, { description: 'The feed.' })
  feed: CalendarFeed;

  @Field(() => String, {
    description:
      'The address calendar programs subscribe to (…/calendar/<token>.ics). Anyone with it can read the feed.',
  })
  url: string;
}
