import { changeFromBaseline, progressFrom } from '@cei/domain';
import type { ScopedData } from '../scope/scoped-data.js';
import { Measurement, Metric } from './metric.entity.js';
import { MetricProgress } from './outcome.inputs.js';

/**
 * Progress reads two measurements per team and metric: the baseline and the latest other value.
 * Which ones they are is picked in SQL for every team (or metric) asked for in the same tick;
 * the rows are then read through the scope layer (ScopedData.byId, itself batched), so a viewer
 * gets only measurements they may read: a team's progress outside their scope is empty.
 */
function progressMeasurements(data: ScopedData, teamId: string): Promise<Measurement[]> {
  return data.batch('metricProgressEnds', teamId, (teamIds) => loadEnds(data, 'team', teamIds));
}

/** The baseline and latest value of every team on a metric, of those the viewer may read. */
export function metricProgressMeasurements(
  data: ScopedData,
  metricId: string,
): Promise<Measurement[]> {
  return data.batch('metricProgressEndsByMetric', metricId, (metricIds) =>
    loadEnds(data, 'metric', metricIds),
  );
}

async function loadEnds(
  data: ScopedData,
  by: 'team' | 'metric',
  keys: readonly string[],
): Promise<Measurement[][]> {
  const column = by === 'team' ? 'team_id' : 'metric_id';
  const list = keys.map(() => '?').join(', ');
  // Through the request's statement batch, with the other reads of this turn.
  const rows = await data.sqlRows<{ id: string }>({
    sql: `select id from measurement where is_baseline and ${column} in (${list})
     union all
     (select distinct on (team_id, metric_id) id from measurement
       where not is_baseline and ${column} in (${list})
       order by team_id, metric_id, period_end desc, period_start desc)`,
    params: [...keys, ...keys],
  });
  const readable = await Promise.all(rows.map((row) => data.byId(Measurement, row.id)));
  const byKey = new Map<string, Measurement[]>(keys.map((id) => [id, []]));
  for (const measurement of readable) {
    if (measurement) byKey.get(measurement[by].id)?.push(measurement);
  }
  return keys.map((id) => byKey.get(id) ?? []);
}

/** Per metric the team has values of: baseline, latest, change and whether it is better. */
export async function metricProgressOf(
  data: ScopedData,
  teamId: string,
): Promise<MetricProgress[]> {
  const measurements = await progressMeasurements(data, teamId);
  const byMetric = new Map<string, Measurement[]>();
  for (const measurement of measurements) {
    const list = byMetric.get(measurement.metric.id) ?? [];
    list.push(measurement);
    byMetric.set(measurement.metric.id, list);
  }
  const progress = await Promise.all(
    [...byMetric].map(async ([metricId, values]): Promise<MetricProgress | null> => {
      const metric = await data.byId(Metric, metricId);
      if (!metric) return null;
      return Object.assign(new MetricProgress(), {
        metric,
        ...progressFrom(values, metric.direction),
      });
    }),
  );
  return progress
    .filter((each): each is MetricProgress => each !== null)
    .sort((a, b) => (a.metric?.name ?? '').localeCompare(b.metric?.name ?? ''));
}

/** A value's change from the team's baseline for its metric; null for the baseline itself. */
export async function changeFromBaselineOf(
  data: ScopedData,
  measurement: Measurement,
): Promise<number | null> {
  if (measurement.isBaseline) return null;
  const baseline = (await progressMeasurements(data, measurement.team.id)).find(
    (each) => each.isBaseline && each.metric.id === measurement.metric.id,
  );
  return baseline ? changeFromBaseline(baseline.value, measurement.value) : null;
}
