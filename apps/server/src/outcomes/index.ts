import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import {
  CheckInChildren,
  CheckInMutations,
  CheckInQueries,
  CheckInReferences,
  CheckInResolver,
  DeliverableMutations,
  DeliverableQueries,
  FollowUpMutations,
  FollowUpQueries,
  FollowUpReferences,
  MeasurementMutations,
  MeasurementQueries,
  MeasurementReferences,
  MeasurementResolver,
  MetricChildren,
  MetricMutations,
  MetricQueries,
  TeamChildren,
  TeamOutcomesResolver,
} from './outcome.resolver.js';

export const entities = [Metric, Measurement, CheckIn, FollowUp, Deliverable];
export const resolvers = [
  MetricQueries,
  MetricMutations,
  MetricChildren,
  MeasurementQueries,
  MeasurementMutations,
  MeasurementResolver,
  MeasurementReferences,
  TeamOutcomesResolver,
  TeamChildren,
  CheckInQueries,
  CheckInMutations,
  CheckInResolver,
  CheckInChildren,
  CheckInReferences,
  FollowUpQueries,
  FollowUpMutations,
  FollowUpReferences,
  DeliverableQueries,
  DeliverableMutations,
];
