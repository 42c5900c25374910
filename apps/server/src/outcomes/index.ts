import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import {
  CheckInChildren,
  CheckInQueries,
  CheckInReferences,
  CheckInResolver,
  DeliverableQueries,
  DeliverableResolver,
  FollowUpQueries,
  FollowUpReferences,
  FollowUpResolver,
  MeasurementQueries,
  MeasurementReferences,
  MeasurementResolver,
  MetricChildren,
  MetricQueries,
  MetricResolver,
  TeamChildren,
  TeamOutcomesResolver,
} from './outcome.resolver.js';

export const entities = [Metric, Measurement, CheckIn, FollowUp, Deliverable];
export const resolvers = [
  MetricQueries,
  MetricResolver,
  MetricChildren,
  MeasurementQueries,
  MeasurementResolver,
  MeasurementReferences,
  TeamOutcomesResolver,
  TeamChildren,
  CheckInQueries,
  CheckInResolver,
  CheckInChildren,
  CheckInReferences,
  FollowUpQueries,
  FollowUpResolver,
  FollowUpReferences,
  DeliverableQueries,
  DeliverableResolver,
];
