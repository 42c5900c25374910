import { labelOf, programYearOf } from '@cei/domain';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatChange } from '../outcomes/MetricProgress';
import { BarChartView, ChartFigure, type ChartTable, LineChartView } from './charts';
import {
  type AttentionLine,
  DashboardSection,
  EmptyState,
  type SectionLink,
} from './DashboardSection';
import type { MeasuredPoint, ProgressRecord } from './dashboard.graphql';
import { type Formats, useFormats } from './formats';

type Translate = (key: string, options?: object) => string;

interface TeamProgress {
  id: string;
  name: string;
  metricProgress: readonly ProgressRecord[];
}

type MetricOf = NonNullable<ProgressRecord['metric']>;

/** The metrics the teams have values of, by name. */
function metricsOf(teams: readonly TeamProgress[]): MetricOf[] {
  const metrics = new Map<string, MetricOf>();
  for (const team of teams) {
    for (const progress of team.metricProgress) {
      if (progress.metric) metrics.set(progress.metric.id, progress.metric);
    }
  }
  return [...metrics.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A change from the baseline in words: "+3.5 percent (better)". */
export function changeText(
  progress: ProgressRecord,
  translate: Translate,
  formats: Formats,
): string {
  if (progress.change === null) return '—';
  const unit = progress.metric?.unit ?? '';
  const verdict =
    progress.isImprovement === null || progress.change === 0
      ? translate('cei.dashboard.metrics.same')
      : translate(progress.isImprovement ? 'cei.outcomes.better' : 'cei.outcomes.worse');
  return `${formatChange(progress.change, formats.locale)} ${unit} (${verdict})`;
}

/** Which team's latest value is worse than its baseline, on which metric. */
export function worseThanBaseline(teams: readonly TeamProgress[]) {
  return teams.flatMap((team) =>
    team.metricProgress
      .filter((progress) => progress.isImprovement === false && progress.change !== 0)
      .map((progress) => ({ team, metric: progress.metric })),
  );
}

function progressAttention(
  teams: readonly TeamProgress[],
  translate: Translate,
  naming: 'team' | 'metric',
): AttentionLine[] {
  const worse = worseThanBaseline(teams);
  if (worse.length > 0) {
    return [
      {
        urgency: 'warning',
        text: translate('cei.dashboard.metrics.worse', {
          list: worse
            .map(({ team, metric }) =>
              naming === 'team' ? `${team.name} (${metric?.name ?? '—'})` : (metric?.name ?? '—'),
            )
            .join('; '),
        }),
      },
    ];
  }
  const measured = teams.some((team) => team.metricProgress.some((each) => each.change !== null));
  return measured
    ? [{ urgency: 'success', text: translate('cei.dashboard.metrics.allBetter') }]
    : [];
}

/** One metric's chart model: per team, the baseline (hatched) beside the latest value. */
export function comparisonModel(
  metric: MetricOf,
  teams: readonly TeamProgress[],
  translate: Translate,
  formats: Formats,
) {
  const rows = teams.flatMap((team) => {
    const progress = team.metricProgress.find((each) => each.metric?.id === metric.id);
    return progress ? [{ team, progress }] : [];
  });
  const point = (measurement: MeasuredPoint | null) =>
    measurement ? `${formats.number(measurement.value)} ${metric.unit}` : '—';
  const better = rows.filter(({ progress }) => progress.isImprovement && progress.change !== 0);
  const table: ChartTable = {
    columns: [
      translate('cei.dashboard.metrics.team'),
      translate('cei.outcomes.baseline'),
      translate('cei.outcomes.latest'),
      translate('cei.outcomes.change'),
    ],
    rows: rows.map(({ team, progress }) => ({
      key: team.id,
      cells: [
        team.name,
        point(progress.baseline),
        point(progress.latest),
        changeText(progress, translate, formats),
      ],
    })),
  };
  return {
    rows,
    table,
    title: `${metric.name} (${metric.unit}, ${labelOf('MetricDirection', metric.direction, formats.language)})`,
    summary: translate('cei.dashboard.metrics.comparisonSummary', {
      better: formats.number(better.length),
      smart_count: rows.filter(({ progress }) => progress.change !== null).length,
    }),
  };
}

/**
 * Each metric's latest value against its baseline, per team the viewer covers: a bar chart per
 * metric (units differ), the baseline hatched. Worse-than-baseline values come first.
 */
export function MetricComparisonSection({
  teams,
  links,
}: {
  teams: readonly TeamProgress[];
  links?: SectionLink[];
}) {
  const translate = useTranslate();
  const formats = useFormats();
  const metrics = metricsOf(teams);
  return (
    <DashboardSection
      testId="metrics"
      title={translate('cei.dashboard.metrics.title')}
      attention={progressAttention(teams, translate, 'team')}
      links={links}
    >
      {metrics.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.metrics.none')}</EmptyState>
      ) : (
        metrics.map((metric) => {
          const model = comparisonModel(metric, teams, translate, formats);
          const height = 90 + model.rows.length * 44;
          return (
            <ChartFigure
              key={metric.id}
              title={model.title}
              summary={model.summary}
              table={model.table}
              height={height}
            >
              <BarChartView
                horizontal
                height={height}
                categories={model.rows.map(({ team }) => team.name)}
                series={[
                  {
                    id: 'baseline',
                    label: translate('cei.outcomes.baseline'),
                    hatched: true,
                    data: model.rows.map(({ progress }) => progress.baseline?.value ?? null),
                  },
                  {
                    id: 'latest',
                    label: translate('cei.outcomes.latest'),
                    data: model.rows.map(({ progress }) => progress.latest?.value ?? null),
                  },
                ]}
                format={formats.number}
              />
            </ChartFigure>
          );
        })
      )}
    </DashboardSection>
  );
}

interface Measured extends MeasuredPoint {
  isBaseline: boolean;
  metric: { id: string } | null;
}

/** A period as a reader names it: its program year when it is one, else its first and last day. */
export function periodName(point: MeasuredPoint, formats: Formats): string {
  const year = programYearOf(point.periodStart);
  const first = Number(year.slice(0, 4));
  if (point.periodStart === `${first}-07-01` && point.periodEnd === `${first + 1}-06-30`)
    return year;
  return `${formats.day(point.periodStart)} – ${formats.day(point.periodEnd)}`;
}

/** One metric's values over time for one team, against a line at its baseline. */
export function measurementModel(
  metric: MetricOf,
  progress: ProgressRecord,
  measurements: readonly Measured[],
  translate: Translate,
  formats: Formats,
) {
  const points = measurements
    .filter((measurement) => measurement.metric?.id === metric.id)
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  const table: ChartTable = {
    columns: [
      translate('cei.dashboard.metrics.period'),
      translate('cei.dashboard.metrics.value'),
      translate('cei.outcomes.change'),
    ],
    rows: points.map((point) => ({
      key: point.id,
      cells: [
        point.isBaseline
          ? `${periodName(point, formats)} (${translate('cei.outcomes.baseline')})`
          : periodName(point, formats),
        `${formats.number(point.value)} ${metric.unit}`,
        point.isBaseline || !progress.baseline
          ? '—'
          : formatChange(point.value - progress.baseline.value, formats.locale),
      ],
    })),
  };
  return {
    points,
    table,
    title: `${metric.name} (${metric.unit}, ${labelOf('MetricDirection', metric.direction, formats.language)})`,
    summary: progress.baseline
      ? translate('cei.dashboard.metrics.trendSummary', {
          baseline: `${formats.number(progress.baseline.value)} ${metric.unit}`,
          latest: progress.latest ? `${formats.number(progress.latest.value)} ${metric.unit}` : '—',
          change: changeText(progress, translate, formats),
        })
      : translate('cei.dashboard.metrics.noBaseline'),
  };
}

/** A team lead's measurements: per metric, the values over time against the baseline. */
export function MeasurementTrendSection({
  team,
  measurements,
  links,
}: {
  team: TeamProgress;
  measurements: readonly Measured[];
  links?: SectionLink[];
}) {
  const translate = useTranslate();
  const formats = useFormats();
  const metrics = metricsOf([team]);
  return (
    <DashboardSection
      testId="measurements"
      title={translate('cei.dashboard.metrics.yours')}
      attention={progressAttention([team], translate, 'metric')}
      links={links}
    >
      {metrics.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.metrics.none')}</EmptyState>
      ) : (
        metrics.map((metric) => {
          const progress = team.metricProgress.find((each) => each.metric?.id === metric.id);
          if (!progress) return null;
          const model = measurementModel(metric, progress, measurements, translate, formats);
          return (
            <Box key={metric.id}>
              <ChartFigure title={model.title} summary={model.summary} table={model.table}>
                <LineChartView
                  x={{
                    scale: 'point',
                    // Period starts are unique per team and metric; they are named on the axis.
                    values: model.points.map((point) => point.periodStart),
                    format: (value) => {
                      const point = model.points.find((each) => each.periodStart === value);
                      return point ? periodName(point, formats) : String(value);
                    },
                  }}
                  series={[
                    {
                      id: metric.id,
                      label: metric.name,
                      data: model.points.map((point) => point.value),
                    },
                  ]}
                  y={{ format: formats.number }}
                  reference={
                    progress.baseline
                      ? {
                          value: progress.baseline.value,
                          label: translate('cei.dashboard.metrics.baselineLine', {
                            value: formats.number(progress.baseline.value),
                          }),
                        }
                      : undefined
                  }
                />
              </ChartFigure>
            </Box>
          );
        })
      )}
    </DashboardSection>
  );
}
