import {
  ApplicationCountResolver,
  CohortAttendanceTrendResolver,
  ConveningAttendanceTrendResolver,
  MetricProgressSummaryResolver,
  StipendCountResolver,
  TeamAttendanceTrendResolver,
} from './dashboard.resolver.js';

/** Aggregates for the role dashboards; no tables of their own. */
export const entities = [];
export const resolvers = [
  ApplicationCountResolver,
  StipendCountResolver,
  ConveningAttendanceTrendResolver,
  CohortAttendanceTrendResolver,
  TeamAttendanceTrendResolver,
  MetricProgressSummaryResolver,
];
