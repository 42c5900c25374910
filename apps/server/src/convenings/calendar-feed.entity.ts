import { CalendarFeedKind } from '@cei/domain';
import { type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Person } from '../rosters/person.entity.js';

/**
 * A calendar (iCalendar) feed of convenings, fetched by calendar programs from a URL holding a
 * secret token. Only the token's hash is kept: the URL is shown once, and renewing the feed
 * replaces the token so that the old URL stops working.
 */
@ObjectType({
  description:
    "A calendar feed of convenings: a cohort's, or those of a person's teams, at a secret URL.",
})
@Entity()
@Check({
  name: 'calendar_feed_subject_check',
  expression:
    "(kind = 'COHORT' and cohort_id is not null and person_id is null) or (kind = 'PERSON' and person_id is not null and cohort_id is null)",
})
export class CalendarFeed extends BaseEntity {
  @Field(() => CalendarFeedKind, { description: "A cohort's calendar or a person's." })
  @Enum({ items: () => CalendarFeedKind })
  kind: CalendarFeedKind;

  @ManyToOne(() => Cohort, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  cohort?: Ref<Cohort> | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  person?: Ref<Person> | null;

  /** The account that created the feed and may renew or revoke it. */
  @ManyToOne(() => Account, { ref: true, index: true, deleteRule: 'cascade' })
  owner: Ref<Account>;

  /** SHA-256 of the secret token in the feed's URL. */
  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a calendar last fetched it.' })
  @Property({ type: 'datetime', nullable: true })
  lastFetchedAt?: Date | null;
}
