import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { PUBLIC, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Team } from '../teams/team.entity.js';
import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import {
  CheckInList,
  DeliverableList,
  FollowUpList,
  MeasurementList,
  MetricList,
} from './outcome.inputs.js';

@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => MeasurementList.Page, {
    description: 'Values of the metric, for every team.',
  })
  measurements(
    @Root() metric: Metric,
    @Args(() => MeasurementList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(MeasurementList.spec, 'metric', metric.id, args);
  }
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Metric, { nullable: true, description: 'The metric measured.' })
  metric(@Root() measurement: Measurement, @Ctx() { data }: Context) {
    return data.ref(measurement.metric);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team measured.' })
  team(@Root() measurement: Measurement, @Ctx() { data }: Context) {
    return data.ref(measurement.team);
  }
}

@Resolver(() => CheckIn)
export class CheckInResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team visited or called.' })
  team(@Root() checkIn: CheckIn, @Ctx() { data }: Context) {
    return data.ref(checkIn.team);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The liaison who recorded it.' })
  liaison(@Root() checkIn: CheckIn, @Ctx() { data }: Context) {
    return data.ref(checkIn.liaison);
  }

  @FieldResolver(() => FollowUpList.Page, { description: 'What is to be done after it.' })
  followUps(
    @Root() checkIn: CheckIn,
    @Args(() => FollowUpList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(FollowUpList.spec, 'checkIn', checkIn.id, args);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => CheckIn, { nullable: true, description: 'The check-in it follows.' })
  checkIn(@Root() followUp: FollowUp, @Ctx() { data }: Context) {
    return data.ref(followUp.checkIn);
  }
}

@Resolver(() => Team)
export class TeamOutcomesResolver {
  @FieldResolver(() => MeasurementList.Page, { description: 'Values of metrics for the team.' })
  measurements(
    @Root() team: Team,
    @Args(() => MeasurementList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(MeasurementList.spec, 'team', team.id, args);
  }

  @FieldResolver(() => CheckInList.Page, {
    description: "County office liaisons' check-ins with the team, newest first.",
  })
  checkIns(
    @Root() team: Team,
    @Args(() => CheckInList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(CheckInList.spec, 'team', team.id, args);
  }
}

export const MetricQueries = entityQueries(Metric, MetricList, {
  one: 'metric',
  many: 'metrics',
  description: 'Measures of community engagement.',
  access: [PUBLIC],
});

export const MeasurementQueries = entityQueries(Measurement, MeasurementList, {
  one: 'measurement',
  many: 'measurements',
  description: 'Values of metrics for teams.',
  access: [SIGNED_IN],
});

export const CheckInQueries = entityQueries(CheckIn, CheckInList, {
  one: 'checkIn',
  many: 'checkIns',
  description: "County office liaisons' check-ins with teams.",
  access: [SIGNED_IN],
});

export const FollowUpQueries = entityQueries(FollowUp, FollowUpList, {
  one: 'followUp',
  many: 'followUps',
  description: 'Follow-ups of check-ins.',
  access: [SIGNED_IN],
});

export const DeliverableQueries = entityQueries(Deliverable, DeliverableList, {
  one: 'deliverable',
  many: 'deliverables',
  description:
    'Statutory milestones of the initiative (AB 1808 section 140), with status and evidence.',
  access: [PUBLIC],
});
