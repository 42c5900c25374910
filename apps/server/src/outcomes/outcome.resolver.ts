import { Role } from '@cei/domain';
import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Allow, PUBLIC, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Team } from '../teams/team.entity.js';
import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import { changeFromBaselineOf, metricProgressOf } from './metric-progress.js';
import {
  CheckInList,
  CreateCheckInInput,
  CreateMetricInput,
  DeliverableList,
  FollowUpInput,
  FollowUpList,
  MeasurementList,
  MetricList,
  MetricProgress,
  RecordMeasurementInput,
  UpdateCheckInInput,
  UpdateDeliverableInput,
  UpdateFollowUpInput,
  UpdateMeasurementInput,
  UpdateMetricInput,
} from './outcome.inputs.js';
import {
  addFollowUp,
  createCheckIn,
  createMetric,
  deleteCheckIn,
  recordMeasurement,
  updateCheckIn,
  updateDeliverable,
  updateFollowUp,
  updateMeasurement,
  updateMetric,
} from './outcome.service.js';

/** This feature's `id` and `version` arguments, described. */
const RECORD_ARGUMENTS = {
  id: 'The record to change.',
  version: 'The version last read; a stale one is a CONFLICT.',
};

/** The nested lists of Metric records, read through the scope layer. */
export const MetricChildren = childLists(Metric, {
  measurements: {
    list: MeasurementList,
    via: 'metric',
    description: 'Values of the metric, for every team.',
  },
});

export const MetricMutations = entityMutations(Metric, {
  access: STAFF,
  arguments: RECORD_ARGUMENTS,
  create: {
    input: CreateMetricInput,
    description: 'Defines a measure of community engagement.',
    run: createMetric,
  },
  update: {
    input: UpdateMetricInput,
    description: "Changes a metric's definition.",
    run: updateMetric,
  },
});

/** The references of Measurement records, resolved through the scope layer (null when out of scope). */
export const MeasurementReferences = referenceFields(Measurement, {
  metric: { type: () => Metric, description: 'The metric measured.' },
  team: { type: () => Team, description: 'The team measured.' },
});

export const MeasurementMutations = entityMutations(Measurement, {
  access: [...STAFF, Role.TEAM_LEAD],
  arguments: RECORD_ARGUMENTS,
  update: {
    input: UpdateMeasurementInput,
    description: 'Changes a measurement.',
    run: updateMeasurement,
  },
  delete: { description: 'Deletes a measurement; returns its id.' },
});

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The change from the team's baseline for the metric (value − baseline); null for the baseline itself or without one.",
  })
  changeFromBaseline(@Root() measurement: Measurement, @Ctx() { data }: Context) {
    return changeFromBaselineOf(data, measurement);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Measurement, {
    description:
      "Records a value of a metric for a team and period (CEI staff; a team lead for their own team). A new baseline makes the team's earlier baseline for the metric an ordinary value.",
  })
  recordMeasurement(
    @Arg('input', () => RecordMeasurementInput) input: RecordMeasurementInput,
    @Ctx() { data }: Context,
  ) {
    return recordMeasurement(data, input);
  }
}

/** The references of CheckIn records, resolved through the scope layer (null when out of scope). */
export const CheckInReferences = referenceFields(CheckIn, {
  team: { type: () => Team, description: 'The team visited or called.' },
  liaison: { type: () => Account, description: 'The liaison who recorded it.' },
});

/** The nested lists of CheckIn records, read through the scope layer. */
export const CheckInChildren = childLists(CheckIn, {
  followUps: { list: FollowUpList, via: 'checkIn', description: 'What is to be done after it.' },
});

export const CheckInMutations = entityMutations(CheckIn, {
  access: [...STAFF, Role.COE_LIAISON],
  arguments: RECORD_ARGUMENTS,
  create: {
    input: CreateCheckInInput,
    description:
      'Records a check-in with a team as the signed-in liaison (a liaison for the teams of their county offices; CEI staff for any).',
    run: createCheckIn,
  },
  update: {
    input: UpdateCheckInInput,
    description: "Changes a check-in (a liaison's own).",
    run: updateCheckIn,
  },
  delete: {
    description: "Deletes a check-in (a liaison's own) and its follow-ups; returns its id.",
    run: deleteCheckIn,
  },
});

@Resolver(() => CheckIn)
export class CheckInResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The name of the liaison who recorded it (directory tier: for whoever reads the check-in, though the account itself is theirs and the admins'); null when the account is gone or the note was imported.",
  })
  liaisonName(@Root() checkIn: CheckIn, @Ctx() { data }: Context): Promise<string | null> | null {
    const accountId = checkIn.liaison?.id;
    if (!accountId) return null;
    return data.batch('checkInLiaisonName', accountId, async (ids) => {
      const rows: { id: string; display_name: string }[] = await data.em
        .getConnection()
        .execute(
          `select id, display_name from account where id in (${ids.map(() => '?').join(', ')})`,
          [...ids],
        );
      const names = new Map(rows.map((row) => [row.id, row.display_name]));
      return ids.map((id) => names.get(id) ?? null);
    });
  }

  @Allow(...STAFF, Role.COE_LIAISON)
  @Mutation(() => FollowUp, { description: "Adds a follow-up to a check-in (a liaison's own)." })
  addFollowUp(
    @Arg('checkInId', () => ID, { description: 'The check-in it follows.' }) checkInId: string,
    @Arg('input', () => FollowUpInput) input: FollowUpInput,
    @Ctx() { data }: Context,
  ) {
    return addFollowUp(data, checkInId, input);
  }
}

/** The references of FollowUp records, resolved through the scope layer (null when out of scope). */
export const FollowUpReferences = referenceFields(FollowUp, {
  checkIn: { type: () => CheckIn, description: 'The check-in it follows.' },
});

export const FollowUpMutations = entityMutations(FollowUp, {
  access: [...STAFF, Role.COE_LIAISON],
  arguments: RECORD_ARGUMENTS,
  update: {
    input: UpdateFollowUpInput,
    description: 'Changes a follow-up; completedOn marks it done, null reopens it.',
    run: updateFollowUp,
  },
});

export const DeliverableMutations = entityMutations(Deliverable, {
  access: STAFF,
  arguments: RECORD_ARGUMENTS,
  update: {
    input: UpdateDeliverableInput,
    description:
      "Changes a statutory deliverable's status, evidence and completion date; COMPLETED needs both.",
    run: updateDeliverable,
  },
});

/** The nested lists of Team records, read through the scope layer. */
export const TeamChildren = childLists(Team, {
  measurements: {
    list: MeasurementList,
    via: 'team',
    description: 'Values of metrics for the team.',
  },
  checkIns: {
    list: CheckInList,
    via: 'team',
    description: "County office liaisons' check-ins with the team, newest first.",
  },
});

@Resolver(() => Team)
export class TeamOutcomesResolver {
  @FieldResolver(() => [MetricProgress], {
    description:
      "Per metric measured: the team's baseline, latest value, change and whether it is better (empty outside your scope).",
  })
  metricProgress(@Root() team: Team, @Ctx() { data }: Context) {
    return metricProgressOf(data, team.id);
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
