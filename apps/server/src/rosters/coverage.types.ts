import { TeamRole, TeamRoleRequirement, VacancyStatus } from '@cei/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

/**
 * A roster's role coverage (domain.md, Rosters and privacy tiers): computed from memberships by
 * the domain package's rules on each request, never stored, so a corrected date can never leave a
 * stale composition or vacancy behind.
 */

@ObjectType({ description: 'How one role of a team is covered on a day.' })
export class RoleCoverage {
  @Field(() => TeamRole, { description: 'The role.' })
  role: TeamRole;

  @Field(() => TeamRoleRequirement, { description: 'Whether the role is required in general.' })
  requirement: TeamRoleRequirement;

  @Field(() => Boolean, {
    description:
      'Whether this team must fill the role (a student only when the focus school serves high school grades).',
  })
  isRequired: boolean;

  @Field(() => Int, { description: 'How many members hold the role that day.' })
  activeCount: number;

  @Field(() => Boolean, { description: 'Required, and nobody holds it that day.' })
  isMissing: boolean;
}

@ObjectType({ description: "A team's composition on a day: which required roles are filled." })
export class TeamComposition {
  @Field(() => DateScalar, { description: 'The day the composition is for.' })
  asOf: string;

  @Field(() => Boolean, { description: 'Whether every required role has an active member.' })
  isComplete: boolean;

  @Field(() => [RoleCoverage], { description: 'Every role, in the order of the TeamRole enum.' })
  roles: RoleCoverage[];

  @Field(() => [TeamRole], { description: 'The required roles without an active member.' })
  missingRoles: TeamRole[];
}

@ObjectType({
  description:
    'A required role left uncovered when a member left: due to be filled one calendar month after the departure, overdue after that.',
})
export class Vacancy {
  @Field(() => ID, {
    description: 'Stable: the membership whose end opened the vacancy, and the role.',
  })
  id: string;

  @Field(() => TeamRole, { description: 'The role to fill.' })
  role: TeamRole;

  @Field(() => DateScalar, { description: 'The first day the role was uncovered.' })
  openedOn: string;

  @Field(() => DateScalar, { description: 'The day by which the role must be filled.' })
  dueOn: string;

  @Field(() => VacancyStatus, { description: 'Due, overdue or filled, on the day asked about.' })
  status: VacancyStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days from the day asked about to the due date: negative once overdue, null when filled.',
  })
  daysUntilDue: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day a new member took the role; null while open.',
  })
  filledOn: string | null;

  /** For the field resolvers: the team, and the memberships that opened and filled it. */
  teamId: string;
  endedMembershipId: string;
  filledByMembershipId: string | null;
}
