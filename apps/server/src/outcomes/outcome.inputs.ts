import { CheckInKind, DeliverableStatus, MetricDirection } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar } from '../graphql/scalars.js';
import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';

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
