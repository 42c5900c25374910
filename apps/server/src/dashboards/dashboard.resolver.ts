import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ApplicationFilter } from '../applications/application.inputs.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { programYearArgument } from '../convenings/attendance-summary.js';
import { Convening } from '../convenings/convening.entity.js';
import { StipendFilter } from '../funding/funding.inputs.js';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { Metric } from '../outcomes/metric.entity.js';
import { Team } from '../teams/team.entity.js';
import { attendanceTrend, teamAttendanceTrend } from './attendance-trend.js';
import {
  ApplicationCount,
  ConveningAttendance,
  MetricProgressSummary,
  StipendCount,
} from './dashboard.types.js';
import { metricProgressSummary } from './metric-summary.js';
import { applicationCounts, stipendCounts } from './status-counts.js';

/**
 * The aggregates the role dashboards read besides the lists: counts by status, attendance per
 * convening, a metric's progress over teams. Each counts only what the viewer may read.
 */
@Resolver(() => ApplicationCount)
export class ApplicationCountResolver {
  @FieldResolver(() => Cohort, { nullable: true, description: 'The cohort applied to.' })
  cohort(@Root() count: ApplicationCount, @Ctx() { data }: Context) {
    return data.byId(Cohort, count.cohortId);
  }

  @Allow(SIGNED_IN)
  @Query(() => [ApplicationCount], {
    description:
      'Applications counted per cohort and status (cohorts without applications are absent), over the applications you may read that match the filter.',
  })
  applicationCounts(
    @Arg('filter', () => ApplicationFilter, {
      nullable: true,
      description: 'Only applications matching all of these.',
    })
    filter: ApplicationFilter | null,
    @Ctx() { data }: Context,
  ) {
    return applicationCounts(data, filter);
  }
}

@Resolver(() => StipendCount)
export class StipendCountResolver {
  @Allow(SIGNED_IN)
  @Query(() => [StipendCount], {
    description:
      'Stipends counted and summed per status (statuses without stipends are absent), over the stipends you may read that match the filter.',
  })
  stipendCounts(
    @Arg('filter', () => StipendFilter, {
      nullable: true,
      description: 'Only stipends matching all of these.',
    })
    filter: StipendFilter | null,
    @Ctx() { data }: Context,
  ) {
    return stipendCounts(data, filter);
  }
}

@Resolver(() => ConveningAttendance)
export class ConveningAttendanceTrendResolver {
  @FieldResolver(() => Convening, { nullable: true, description: 'The convening.' })
  convening(@Root() point: ConveningAttendance, @Ctx() { data }: Context) {
    return data.byId(Convening, point.conveningId);
  }
}

@Resolver(() => Cohort)
export class CohortAttendanceTrendResolver {
  @FieldResolver(() => [ConveningAttendance], {
    description:
      "The cohort's attendance at each of its convenings, oldest first: its own teams' members only; all of them for CEI staff, teams of five or more people for API partners, the teams you cover for liaisons, CBO partners and team leads. Convenings with nothing to show are left out.",
  })
  attendanceTrend(
    @Root() cohort: Cohort,
    @Arg('programYear', () => String, {
      nullable: true,
      description: 'Only convenings of this program year, e.g. "2019-20"; all years when omitted.',
    })
    programYear: string | null,
    @Ctx() { data }: Context,
  ) {
    return attendanceTrend(data, cohort.id, programYearArgument(programYear));
  }
}

@Resolver(() => Team)
export class TeamAttendanceTrendResolver {
  @FieldResolver(() => [ConveningAttendance], {
    description:
      "The team's attendance at each of its cohort's convenings, oldest first (rates, never a member's marks): for CEI staff, those who cover the team, and API partners when five or more people are behind it. Convenings with nothing to show are left out.",
  })
  attendanceTrend(
    @Root() team: Team,
    @Arg('programYear', () => String, {
      nullable: true,
      description: 'Only convenings of this program year, e.g. "2019-20"; all years when omitted.',
    })
    programYear: string | null,
    @Ctx() { data }: Context,
  ) {
    return teamAttendanceTrend(
      data,
      { id: team.id, cohortId: team.cohort.id },
      programYearArgument(programYear),
    );
  }
}

@Resolver(() => Metric)
export class MetricProgressSummaryResolver {
  @FieldResolver(() => MetricProgressSummary, {
    description:
      "The metric's progress over the teams whose values you may read: how many teams have a baseline and a later value, how many improved, and the means.",
  })
  progressSummary(@Root() metric: Metric, @Ctx() { data }: Context) {
    return metricProgressSummary(data, metric);
  }
}
