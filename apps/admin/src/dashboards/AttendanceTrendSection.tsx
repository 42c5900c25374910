import { useTranslate } from 'react-admin';
import { conveningName } from '../convenings/conveningName';
import { ChartFigure, type ChartTable, LineChartView, type LineSeries } from './charts';
import { type AttentionLine, DashboardSection, EmptyState } from './DashboardSection';
import type { TrendCohort } from './dashboard.graphql';
import { type Formats, useFormats } from './formats';
import { usePaths } from './paths';

interface Point {
  cohort: TrendCohort;
  conveningId: string;
  name: string;
  startsAt: string;
  rate: number | null;
  present: number;
  absent: number;
  excused: number;
}

function pointsOf(cohorts: readonly TrendCohort[]): Point[] {
  return cohorts.flatMap((cohort) =>
    cohort.attendanceTrend.flatMap(({ convening, attendanceSummary }) =>
      convening
        ? [
            {
              cohort,
              conveningId: convening.id,
              name: conveningName(convening),
              startsAt: convening.startsAt,
              ...attendanceSummary,
            },
          ]
        : [],
    ),
  );
}

/**
 * The chart's model: one line per cohort over the days of its convenings (a shared time axis,
 * each line skipping the days of other cohorts' convenings), the summary sentence and the table.
 */
export function attendanceTrendModel(
  cohorts: readonly TrendCohort[],
  translate: (key: string, options?: object) => string,
  formats: Formats,
) {
  const points = pointsOf(cohorts);
  // The axis spans the convenings that have a rate: not the years of upcoming ones, still empty.
  const days = [
    ...new Set(points.filter((point) => point.rate !== null).map((point) => point.startsAt)),
  ].sort();
  const withData = cohorts.filter((cohort) => cohort.attendanceTrend.length > 0);
  const series: LineSeries[] = withData.map((cohort) => {
    const byDay = new Map(
      points
        .filter((point) => point.cohort.id === cohort.id)
        .map((point) => [point.startsAt, point]),
    );
    return {
      id: cohort.id,
      label: cohort.name,
      data: days.map((day) => byDay.get(day)?.rate ?? null),
    };
  });
  const latest = withData.flatMap((cohort) => {
    const point = points.filter((each) => each.cohort.id === cohort.id).at(-1);
    return point && point.rate !== null ? [point] : [];
  });
  const lowest = [...latest].sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0))[0];
  const summary = latest.length
    ? translate('cei.dashboard.attendance.summary', {
        latest: latest
          .map((point) =>
            translate('cei.dashboard.attendance.latestOf', {
              cohort: point.cohort.name,
              rate: formats.percent(point.rate ?? 0),
              date: formats.instantDay(point.startsAt),
            }),
          )
          .join('; '),
      })
    : translate('cei.dashboard.attendance.none');
  const table: ChartTable = {
    columns: [
      translate('cei.dashboard.attendance.cohort'),
      translate('cei.dashboard.attendance.convening'),
      translate('cei.dashboard.attendance.date'),
      translate('cei.dashboard.attendance.present'),
      translate('cei.dashboard.attendance.absent'),
      translate('cei.dashboard.attendance.excused'),
      translate('cei.dashboard.attendance.rate'),
    ],
    rows: points.map((point) => ({
      key: `${point.cohort.id}:${point.conveningId}`,
      cells: [
        point.cohort.name,
        point.name,
        formats.instantDay(point.startsAt),
        formats.number(point.present),
        formats.number(point.absent),
        formats.number(point.excused),
        point.rate === null ? '—' : formats.percent(point.rate),
      ],
    })),
  };
  return { days, series, summary, table, lowest };
}

/**
 * Attendance rate per convening over time, one line per cohort, as the server discloses it to the
 * viewer (all teams for staff; teams of five or more people for API partners).
 */
export function AttendanceTrendSection({
  cohorts,
  note,
}: {
  cohorts: readonly TrendCohort[];
  /** A sentence on what the figures leave out, e.g. small teams for API partners. */
  note?: string;
}) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const model = attendanceTrendModel(cohorts, translate, formats);
  const attention: AttentionLine[] = model.lowest
    ? [
        {
          urgency: 'info',
          text: translate('cei.dashboard.attendance.lowest', {
            cohort: model.lowest.cohort.name,
            rate: formats.percent(model.lowest.rate ?? 0),
            convening: model.lowest.name,
            date: formats.instantDay(model.lowest.startsAt),
          }),
        },
      ]
    : [];
  return (
    <DashboardSection
      testId="attendance"
      title={translate('cei.dashboard.attendance.title')}
      attention={attention}
      links={[{ label: translate('cei.dashboard.convenings.all'), to: paths.list('convenings') }]}
    >
      {model.series.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.attendance.none')}</EmptyState>
      ) : (
        <ChartFigure
          title={translate('cei.dashboard.attendance.chart')}
          summary={model.summary}
          table={model.table}
        >
          <LineChartView
            x={{
              scale: 'time',
              values: model.days.map((day) => new Date(day)),
              format: (value) => formats.instantDay(value as Date),
            }}
            series={model.series}
            y={{ format: formats.percent, min: 0, max: 1 }}
          />
        </ChartFigure>
      )}
      {note && <EmptyState>{note}</EmptyState>}
    </DashboardSection>
  );
}
