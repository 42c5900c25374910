import { CheckInKind, DeliverableStatus, MetricDirection } from '@cei/domain';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from '../common/validation.js';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar } from '../graphql/scalars.js';
import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import { outcomeMessages as m } from './outcome.messages.js';

@InputType({ description: 'Filters for metrics; all given filters must match.' })
export class MetricFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Text to find in the key, name or description.',
  })
  q?: string;

  @Field(() => String, { nullable: true, description: 'Exact key.' })
  key?: string;

  @Field(() => MetricDirection, { nullable: true, description: 'Only this direction.' })
  direction?: MetricDirection;
}

export const MetricList = defineList(Metric, {
  filter: MetricFilter,
  orderFields: { KEY: 'key', NAME: 'name', CREATED_AT: 'createdAt' },
  search: ['key', 'name', 'description'],
  defaultOrder: [ascending('name')],
});

@InputType({ description: 'Filters for measurements; all given filters must match.' })
export class MeasurementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Values of this metric.' })
  metricId?: string;

  @Field(() => [ID], { nullable: true, description: 'Values of any of these metrics.' })
  metricIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Values for this team.' })
  teamId?: string;

  @Field(() => [ID], { nullable: true, description: 'Values for any of these teams.' })
  teamIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Values for teams of this cohort.' })
  cohortId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only baselines; false: only later values.',
  })
  isBaseline?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Periods starting on or after.' })
  periodStartFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Periods starting on or before.' })
  periodStartTo?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Periods ending on or after.' })
  periodEndFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Periods ending on or before.' })
  periodEndTo?: string;
}

export const MeasurementList = defineList(Measurement, {
  filter: MeasurementFilter,
  orderFields: {
    PERIOD_START: 'periodStart',
    PERIOD_END: 'periodEnd',
    VALUE: 'value',
    CREATED_AT: 'createdAt',
  },
  paths: { cohortId: 'team.cohort' },
  defaultOrder: [ascending('periodStart')],
});

@InputType({ description: 'Filters for check-ins; all given filters must match.' })
export class CheckInFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the summary.' })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Check-ins with this team.' })
  teamId?: string;

  @Field(() => [ID], { nullable: true, description: 'Check-ins with any of these teams.' })
  teamIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Check-ins recorded by this liaison account.' })
  liaisonId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Check-ins with teams whose lead LEA belongs to this county office.',
  })
  countyOfficeId?: string;

  @Field(() => CheckInKind, { nullable: true, description: 'Only this kind.' })
  kind?: CheckInKind;

  @Field(() => DateScalar, { nullable: true, description: 'Took place on or after.' })
  occurredOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Took place on or before.' })
  occurredOnTo?: string;
}

export const CheckInList = defineList(CheckIn, {
  filter: CheckInFilter,
  orderFields: { OCCURRED_ON: 'occurredOn', KIND: 'kind', CREATED_AT: 'createdAt' },
  search: ['summary'],
  paths: { countyOfficeId: 'team.leadLea.countyOffice' },
  defaultOrder: [descending('occurredOn'), descending('createdAt')],
});

@InputType({ description: 'Filters for follow-ups; all given filters must match.' })
export class FollowUpFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the description.' })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Follow-ups of this check-in.' })
  checkInId?: string;

  @Field(() => ID, { nullable: true, description: 'Follow-ups of check-ins with this team.' })
  teamId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only completed follow-ups; false: only open ones.',
  })
  completed?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or after.' })
  dueOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before.' })
  dueOnTo?: string;
}

export const FollowUpList = defineList(FollowUp, {
  filter: FollowUpFilter,
  orderFields: {
    DUE_ON: 'dueOn',
    COMPLETED_ON: 'completedOn',
    CREATED_AT: 'createdAt',
  },
  search: ['description'],
  paths: { teamId: 'checkIn.team' },
  custom: {
    completed: (completed: boolean) => ({ completedOn: completed ? { $ne: null } : null }),
  },
  defaultOrder: [ascending('createdAt')],
});

@InputType({ description: 'Filters for statutory deliverables; all given filters must match.' })
export class DeliverableFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Text to find in the title, description or statute.',
  })
  q?: string;

  @Field(() => String, { nullable: true, description: 'Exact key.' })
  key?: string;

  @Field(() => DeliverableStatus, { nullable: true, description: 'Only this status.' })
  status?: DeliverableStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or after.' })
  dueOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before.' })
  dueOnTo?: string;
}

export const DeliverableList = defineList(Deliverable, {
  filter: DeliverableFilter,
  orderFields: { DUE_ON: 'dueOn', TITLE: 'title', STATUS: 'status', COMPLETED_ON: 'completedOn' },
  search: ['title', 'description', 'statute'],
  defaultOrder: [ascending('dueOn')],
});

const METRIC_KEY = /^[a-z][a-z0-9_-]*$/;

@InputType({ description: 'A new measure of community engagement.' })
export class CreateMetricInput {
  @Field(() => String, {
    description: 'A stable key, lower-case letters, digits, "-" and "_", e.g. "chronic-absence".',
  })
  @Length(1, 100)
  @Matches(METRIC_KEY, { message: m.metricKeyFormat() })
  key: string;

  @Field(() => String, { description: 'Its name, e.g. "Family attendance at school events".' })
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it measures and how.' })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => String, { description: 'The unit of its values, e.g. "percent".' })
  @Length(1, 50)
  unit: string;

  @Field(() => MetricDirection, { description: 'Whether higher or lower values are better.' })
  direction: MetricDirection;
}

@InputType({ description: 'Changes to a metric; omitted fields stay as they are.' })
export class UpdateMetricInput {
  @Field(() => String, { nullable: true, description: 'A stable key.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(METRIC_KEY, { message: m.metricKeyFormat() })
  key?: string;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'What it measures and how.' })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit of its values.' })
  @IsOptional()
  @Length(1, 50)
  unit?: string;

  @Field(() => MetricDirection, {
    nullable: true,
    description: 'Whether higher or lower values are better.',
  })
  direction?: MetricDirection;
}

@InputType({ description: 'A value of a metric for a team over a period.' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The metric measured.' })
  @IsUUID()
  metricId: string;

  @Field(() => ID, { description: 'The team measured.' })
  @IsUUID()
  teamId: string;

  @Field(() => DateScalar, { description: 'The first day of the period measured.' })
  periodStart: string;

  @Field(() => DateScalar, { description: 'The last day of the period; not before its start.' })
  periodEnd: string;

  @Field(() => Float, { description: "The value, in the metric's unit, with up to 4 decimals." })
  value: number;

  @Field(() => String, { description: 'Where the value comes from, e.g. "LCAP survey".' })
  @Length(1, 500)
  source: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Whether this is the team's baseline for the metric; an earlier baseline then becomes an ordinary value.",
  })
  isBaseline?: boolean;
}

@InputType({ description: 'Changes to a measurement; omitted fields stay as they are.' })
export class UpdateMeasurementInput {
  @Field(() => DateScalar, { nullable: true, description: 'The first day of the period.' })
  periodStart?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the period.' })
  periodEnd?: string;

  @Field(() => Float, { nullable: true, description: 'The value, with up to 4 decimals.' })
  value?: number;

  @Field(() => String, { nullable: true, description: 'Where the value comes from.' })
  @IsOptional()
  @Length(1, 500)
  source?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true makes it the baseline (an earlier baseline becomes an ordinary value); false unmarks it.',
  })
  isBaseline?: boolean;
}

@InputType({ description: "A liaison's note on a visit or call with a team." })
export class CreateCheckInInput {
  @Field(() => ID, { description: 'The team visited or called.' })
  @IsUUID()
  teamId: string;

  @Field(() => DateScalar, { description: 'When it took place; not after today.' })
  occurredOn: string;

  @Field(() => CheckInKind, { description: 'Visit, call or video call.' })
  kind: CheckInKind;

  @Field(() => String, { description: 'What was discussed and observed.' })
  @Length(1, 10000)
  summary: string;
}

@InputType({ description: 'Changes to a check-in; omitted fields stay as they are.' })
export class UpdateCheckInInput {
  @Field(() => DateScalar, { nullable: true, description: 'When it took place.' })
  occurredOn?: string;

  @Field(() => CheckInKind, { nullable: true, description: 'Visit, call or video call.' })
  kind?: CheckInKind;

  @Field(() => String, { nullable: true, description: 'What was discussed and observed.' })
  @IsOptional()
  @Length(1, 10000)
  summary?: string;
}

@InputType({ description: 'Something to be done after a check-in.' })
export class FollowUpInput {
  @Field(() => String, { description: 'What is to be done.' })
  @Length(1, 2000)
  description: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it is due; not before the check-in.',
  })
  dueOn?: string | null;
}

@InputType({ description: 'Changes to a follow-up; omitted fields stay as they are.' })
export class UpdateFollowUpInput {
  @Field(() => String, { nullable: true, description: 'What is to be done.' })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null clears it.' })
  dueOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was done (between the check-in and today); null reopens it.',
  })
  completedOn?: string | null;
}

@InputType({ description: "Changes to a statutory deliverable's progress." })
export class UpdateDeliverableInput {
  @Field(() => DeliverableStatus, {
    nullable: true,
    description: 'Not started, in progress, submitted or completed.',
  })
  status?: DeliverableStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Evidence of delivery, e.g. a link to the report; required once COMPLETED.',
  })
  @IsOptional()
  @Length(0, 4000)
  evidence?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was completed; required for, and only for, COMPLETED.',
  })
  completedOn?: string | null;
}

/** A team's progress on one metric (Team.metricProgress). */
@ObjectType({
  description:
    "A team's progress on one metric: its latest value against its baseline, and whether that is better.",
})
export class MetricProgress {
  @Field(() => Metric, { nullable: true, description: 'The metric.' })
  metric: Metric | null;

  @Field(() => Measurement, {
    nullable: true,
    description: "The team's baseline for the metric; null when none is recorded.",
  })
  baseline: Measurement | null;

  @Field(() => Measurement, {
    nullable: true,
    description: 'The most recent value other than the baseline (by period end).',
  })
  latest: Measurement | null;

  @Field(() => Float, {
    nullable: true,
    description: 'latest − baseline, in the metric unit; null unless both exist.',
  })
  change: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the change is for the better, by the metric's direction; null without a change.",
  })
  isImprovement: boolean | null;
}
