import {
  compareIsoDates,
  TEAM_ROLES,
  todayInPacific,
  VacancyStatus,
  vacanciesDueWithin,
} from '@cei/domain';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { DateScalar } from '../graphql/scalars.js';
import { Team } from '../teams/team.entity.js';
import { TeamComposition, Vacancy } from './coverage.types.js';
import { Membership } from './membership.entity.js';
import { VacancyFilter } from './roster.inputs.js';
import {
  compositionOf,
  disclosesCoverage,
  rosterForCoverage,
  type TeamRoster,
  toVacancy,
  visibleVacancyStates,
} from './team-coverage.js';

const ON_DESCRIPTION = 'The day to answer for; today in California when omitted.';

/** A team's role coverage: its composition and vacancies on a day (directory tier). */
@Resolver(() => Team)
export class TeamCoverageResolver {
  @FieldResolver(() => TeamComposition, {
    nullable: true,
    description:
      "The team's composition on a day: which required roles have an active member. Null for a team outside your scope (API partners: for a team of fewer than five members that day).",
  })
  async composition(
    @Root() team: Team,
    @Arg('on', () => DateScalar, { nullable: true, description: ON_DESCRIPTION }) on: string | null,
    @Ctx() { data }: Context,
  ): Promise<TeamComposition | null> {
    const day = on ?? todayInPacific(new Date());
    const roster = await rosterForCoverage(data, team);
    if (!roster || !disclosesCoverage(data, roster, day)) return null;
    return compositionOf(roster, day);
  }

  @FieldResolver(() => [Vacancy], {
    description:
      "The team's vacancies opened by a day, in the order they opened, with their status that day. Empty for a team outside your scope, and for API partners (a vacancy is one person's departure).",
  })
  async vacancies(
    @Root() team: Team,
    @Arg('on', () => DateScalar, { nullable: true, description: ON_DESCRIPTION }) on: string | null,
    @Arg('status', () => VacancyStatus, {
      nullable: true,
      description: 'Only vacancies in this status that day.',
    })
    status: VacancyStatus | null,
    @Ctx() { data }: Context,
  ): Promise<Vacancy[]> {
    const day = on ?? todayInPacific(new Date());
    const roster = await rosterForCoverage(data, team);
    if (!roster || !disclosesCoverage(data, roster, day)) return [];
    return visibleVacancyStates(data, roster, day)
      .filter((state) => !status || state.status === status)
      .map((state) => toVacancy(team.id, state));
  }
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team.' })
  team(@Root() vacancy: Vacancy, @Ctx() { data }: Context): Promise<Team | null> {
    return data.byId(Team, vacancy.teamId);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership whose end opened the vacancy; null where you may not read it.',
  })
  endedMembership(@Root() vacancy: Vacancy, @Ctx() { data }: Context): Promise<Membership | null> {
    return data.byId(Membership, vacancy.endedMembershipId);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership that filled it; null while open or where you may not read it.',
  })
  filledByMembership(
    @Root() vacancy: Vacancy,
    @Ctx() { data }: Context,
  ): Promise<Membership | null> {
    return vacancy.filledByMembershipId
      ? data.byId(Membership, vacancy.filledByMembershipId)
      : Promise.resolve(null);
  }

  @Allow(SIGNED_IN)
  @Query(() => [Vacancy], {
    description:
      "Every vacancy on the teams in your scope, by due date (none for API partners: a vacancy is one person's departure).",
  })
  async vacancies(
    @Arg('filter', () => VacancyFilter, {
      nullable: true,
      description: 'Only vacancies matching all of these.',
    })
    filter: VacancyFilter | null,
    @Arg('on', () => DateScalar, { nullable: true, description: ON_DESCRIPTION }) on: string | null,
    @Ctx() { data }: Context,
  ): Promise<Vacancy[]> {
    const day = on ?? todayInPacific(new Date());
    const where: FilterQuery<Team> = {};
    if (filter?.teamId) where.id = filter.teamId;
    if (filter?.cohortId) where.cohort = filter.cohortId;
    // Teams are public; whose coverage the viewer may see is rosterForCoverage's decision.
    const teams = await data.em.find(Team, where, { orderBy: { name: 'asc' } });
    const rosters = await Promise.all(teams.map((team) => rosterForCoverage(data, team)));
    const visible = rosters.filter(
      (roster): roster is TeamRoster => roster !== null && disclosesCoverage(data, roster, day),
    );
    return visible
      .flatMap((roster) => {
        let states = visibleVacancyStates(data, roster, day);
        if (filter?.status) states = states.filter((state) => state.status === filter.status);
        if (filter?.dueWithinDays != null) {
          states = vacanciesDueWithin(states, day, filter.dueWithinDays);
        }
        return states.map((state) => toVacancy(roster.team.id, state));
      })
      .sort(
        (a, b) =>
          compareIsoDates(a.dueOn, b.dueOn) ||
          TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role),
      );
  }
}
