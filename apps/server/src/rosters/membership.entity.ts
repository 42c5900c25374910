import { MembershipEndReason, TeamRole } from '@cei/domain';
import { type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { Person } from './person.entity.js';

/**
 * A person on a team in a role, representing an organization, from a start date to an optional
 * end date: the first day they are no longer on the team.
 */
@ObjectType({
  description: 'A person on a team in a role, from a start date to an optional end date.',
})
@Entity()
@Index({ properties: ['team', 'role'] })
@Check({
  name: 'membership_ends_after_start_check',
  expression: 'ended_on is null or ended_on > started_on',
})
export class Membership extends BaseEntity {
  @ManyToOne(() => Team, { ref: true })
  team: Ref<Team>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person: Ref<Person>;

  @Field(() => TeamRole, { description: 'The seat the person fills.' })
  @Enum({ items: () => TeamRole })
  role: TeamRole;

  /** The LEA, school, county office or CBO the person represents. */
  @ManyToOne(() => Organization, {
    ref: true,
    nullable: true,
    index: true,
    deleteRule: 'no action',
  })
  organization?: Ref<Organization> | null;

  @Field(() => DateScalar, { description: 'First day on the team.' })
  @Property({ type: 'date' })
  startedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day no longer on the team; null while active.',
  })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => MembershipEndReason, { nullable: true, description: 'Why the membership ended.' })
  @Enum({ items: () => MembershipEndReason, nullable: true })
  endReason?: MembershipEndReason | null;

  @Field(() => String, { nullable: true, description: 'A note on the end.' })
  @Property({ type: 'text', nullable: true })
  endNote?: string | null;
}
