import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { referenceFields } from '../graphql/references.js';
import { Person } from '../rosters/person.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { CreateCalendarFeedInput, IssuedCalendarFeed } from './calendar-feed.inputs.js';
import {
  createCalendarFeed,
  ownCalendarFeeds,
  renewCalendarFeed,
} from './calendar-feed.service.js';

/** The references of CalendarFeed records, resolved through the scope layer (null when out of scope). */
export const CalendarFeedReferences = referenceFields(CalendarFeed, {
  cohort: { type: () => Cohort, description: "The cohort, for a cohort's feed." },
  person: {
    type: () => Person,
    description: "The person, for a person's feed (null if you may no longer read them).",
  },
});

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Allow(SIGNED_IN)
  @Query(() => [CalendarFeed], { description: 'Your own calendar feeds, oldest first.' })
  calendarFeeds(@Ctx() { data }: Context) {
    return ownCalendarFeeds(data);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => IssuedCalendarFeed, {
    description:
      "Makes a calendar feed of a cohort's convenings, or of a person's, and returns its secret address (shown only now).",
  })
  createCalendarFeed(
    @Arg('input', () => CreateCalendarFeedInput) input: CreateCalendarFeedInput,
    @Ctx() { data, config }: Context,
  ) {
    return createCalendarFeed(data, config, input);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => IssuedCalendarFeed, {
    description:
      'Gives one of your calendar feeds a new secret address; the old one stops working at once.',
  })
  renewCalendarFeed(
    @Arg('id', () => ID, { description: 'The feed.' }) id: string,
    @Ctx() { data, config }: Context,
  ) {
    return renewCalendarFeed(data, config, id);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => ID, {
    description: 'Deletes one of your calendar feeds: its address stops working. Returns its id.',
  })
  revokeCalendarFeed(
    @Arg('id', () => ID, { description: 'The feed.' }) id: string,
    @Ctx() { data }: Context,
  ) {
    return data.remove(CalendarFeed, id);
  }
}
