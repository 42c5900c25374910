import { progressFrom } from '@cei/domain';
import type { Measurement, Metric } from '../outcomes/metric.entity.js';
import { metricProgressMeasurements } from '../outcomes/metric-progress.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { MetricProgressSummary } from './dashboard.types.js';

/**
 * A metric's progress over every team whose values the viewer may read, from the same baseline and
 * latest value per team as `Team.metricProgress` (picked in one statement for every metric of a
 * request, read through the scope layer). Teams without both are left out.
 */
export async function metricProgressSummary(
  data: ScopedData,
  metric: Metric,
): Promise<MetricProgressSummary> {
  const byTeam = new Map<string, Measurement[]>();
  for (const measurement of await metricProgressMeasurements(data, metric.id)) {
    const values = byTeam.get(measurement.team.id) ?? [];
    values.push(measurement);
    byTeam.set(measurement.team.id, values);
  }
  const summary: MetricProgressSummary = Object.assign(new MetricProgressSummary(), {
    teamCount: 0,
    improvedCount: 0,
    worsenedCount: 0,
    unchangedCount: 0,
    baselineMean: null,
    latestMean: null,
  });
  let baselines = 0;
  let latests = 0;
  for (const values of byTeam.values()) {
    const progress = progressFrom(values, metric.direction);
    if (!progress.baseline || !progress.latest || progress.change === null) continue;
    summary.teamCount++;
    if (progress.change === 0) summary.unchangedCount++;
    else if (progress.isImprovement) summary.improvedCount++;
    else summary.worsenedCount++;
    baselines += Number(progress.baseline.value);
    latests += Number(progress.latest.value);
  }
  if (summary.teamCount > 0) {
    summary.baselineMean = baselines / summary.teamCount;
    summary.latestMean = latests / summary.teamCount;
  }
  return summary;
}
