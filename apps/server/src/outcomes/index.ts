import { CheckIn, FollowUp } from './check-in.entity.js';
import { Deliverable } from './deliverable.entity.js';
import { Measurement, Metric } from './metric.entity.js';
import {
  CheckInQueries,
  CheckInResolver,
  DeliverableQueries,
  DeliverableResolver,
  FollowUpQueries,
  FollowUpResolver,
  MeasurementQueries,
  MeasurementResolver,
  MetricQueries,
  MetricResolver,
  TeamOutcomesResolver,
} from './outcome.resolver.js';

export const entities = [Metric, Measurement, CheckIn, FollowUp, Deliverable];
export const resolvers = [
  MetricQueries,
  MetricResolver,
  MeasurementQueries,
  MeasurementResolver,
  TeamOutcomesResolver,
  CheckInQueries,
  CheckInResolver,
  FollowUpQueries,
  FollowUpResolver,
  DeliverableQueries,
  DeliverableResolver,
];
