import { labelOf } from '@cei/domain';
import { Box, Grid, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { AttendanceTrendSection } from './AttendanceTrendSection';
import { BarChartView, ChartFigure, type ChartTable } from './charts';
import { DashboardQuery } from './DashboardQuery';
import { type AttentionLine, DashboardSection, EmptyState } from './DashboardSection';
import {
  API_DASHBOARD,
  type ApiDashboardData,
  type MetricSummaryRecord,
} from './dashboard.graphql';
import { type Formats, useFormats } from './formats';
import { usePaths } from './paths';

type Translate = (key: string, options?: object) => string;

/**
 * An API partner: statewide aggregates only (directory counts, metric progress over every team,
 * attendance of teams of five or more people), as the server discloses them to API partners.
 */
export function ApiDashboard() {
  return (
    <DashboardQuery<ApiDashboardData>
      document={API_DASHBOARD}
      variables={{}}
      render={(data) => <ApiSections data={data} />}
    />
  );
}

function ApiSections({ data }: { data: ApiDashboardData }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 4 }}>
        <DirectorySection data={data} />
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <OutcomesSection metrics={data.metrics.nodes} />
      </Grid>
      <Grid size={12}>
        <AttendanceTrendSection
          cohorts={data.cohorts.nodes}
          note={translate('cei.dashboard.api.smallTeams')}
        />
      </Grid>
    </Grid>
  );
}

/** How many records of each kind the directory holds, each linked to its list. */
function DirectorySection({ data }: { data: ApiDashboardData }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const figures = [
    {
      key: 'countyOffices',
      count: data.countyOffices.totalCount,
      to: paths.list('organizations', { kind: 'COUNTY_OFFICE' }),
    },
    { key: 'leas', count: data.leas.totalCount, to: paths.list('organizations', { kind: 'LEA' }) },
    {
      key: 'schools',
      count: data.schools.totalCount,
      to: paths.list('organizations', { kind: 'SCHOOL' }),
    },
    {
      key: 'communityOrganizations',
      count: data.communityOrganizations.totalCount,
      to: paths.list('organizations', { kind: 'COMMUNITY_ORGANIZATION' }),
    },
    { key: 'cohorts', count: data.cohorts.totalCount, to: paths.list('cohorts') },
    { key: 'teams', count: data.teams.totalCount, to: paths.list('teams', { status: 'ACTIVE' }) },
  ];
  return (
    <DashboardSection
      testId="directory"
      title={translate('cei.dashboard.api.directory')}
      attention={[{ urgency: 'info', text: translate('cei.dashboard.api.aggregatesOnly') }]}
    >
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto auto', gap: 1 }}>
        {figures.map((figure) => (
          <Box key={figure.key} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2">
              <Link to={figure.to}>{translate(`cei.dashboard.api.${figure.key}`)}</Link>
            </Typography>
            <Typography
              component="dd"
              variant="body1"
              sx={{ m: 0, fontWeight: 600 }}
              data-count={figure.key}
            >
              {formats.number(figure.count)}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {translate('cei.dashboard.api.cohorts')}
      </Typography>
      <Stack component="ul" sx={{ pl: 2, m: 0 }}>
        {data.cohorts.nodes.map((cohort) => (
          <Typography component="li" variant="body2" key={cohort.id}>
            <Link to={paths.show('cohorts', cohort.id)}>{cohort.name}</Link>
            {': '}
            {translate('cei.dashboard.api.cohortLine', {
              status: labelOf('CohortStatus', cohort.status as never, formats.language),
              smart_count: cohort.teams.totalCount,
              rate:
                cohort.attendanceSummary?.rate == null
                  ? translate('cei.dashboard.teams.noAttendance')
                  : formats.percent(cohort.attendanceSummary.rate),
            })}
          </Typography>
        ))}
      </Stack>
    </DashboardSection>
  );
}

/** Per metric, the share of measured teams whose latest value beats their baseline. */
export function outcomesModel(
  metrics: readonly MetricSummaryRecord[],
  translate: Translate,
  formats: Formats,
) {
  const measured = metrics.filter((metric) => metric.progressSummary.teamCount > 0);
  const share = (metric: MetricSummaryRecord) =>
    metric.progressSummary.improvedCount / metric.progressSummary.teamCount;
  const mean = (value: number | null, unit: string) =>
    value === null ? '—' : `${formats.number(value)} ${unit}`;
  const table: ChartTable = {
    columns: [
      translate('cei.dashboard.api.metric'),
      translate('cei.dashboard.api.teamsMeasured'),
      translate('cei.dashboard.api.improved'),
      translate('cei.dashboard.api.unchanged'),
      translate('cei.dashboard.api.worsened'),
      translate('cei.dashboard.api.baselineMean'),
      translate('cei.dashboard.api.latestMean'),
    ],
    rows: measured.map((metric) => ({
      key: metric.id,
      cells: [
        `${metric.name} (${labelOf('MetricDirection', metric.direction, formats.language)})`,
        formats.number(metric.progressSummary.teamCount),
        formats.number(metric.progressSummary.improvedCount),
        formats.number(metric.progressSummary.unchangedCount),
        formats.number(metric.progressSummary.worsenedCount),
        mean(metric.progressSummary.baselineMean, metric.unit),
        mean(metric.progressSummary.latestMean, metric.unit),
      ],
    })),
  };
  const fewest = [...measured].sort((a, b) => share(a) - share(b))[0];
  return {
    measured,
    share,
    table,
    fewest,
    summary: translate('cei.dashboard.api.outcomesSummary', {
      list: measured
        .map((metric) =>
          translate('cei.dashboard.api.improvedOf', {
            metric: metric.name,
            improved: formats.number(metric.progressSummary.improvedCount),
            smart_count: metric.progressSummary.teamCount,
          }),
        )
        .join('; '),
    }),
  };
}

function OutcomesSection({ metrics }: { metrics: readonly MetricSummaryRecord[] }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const model = outcomesModel(metrics, translate, formats);
  const attention: AttentionLine[] = model.fewest
    ? [
        {
          urgency: 'info',
          text: translate('cei.dashboard.api.fewest', {
            metric: model.fewest.name,
            improved: formats.number(model.fewest.progressSummary.improvedCount),
            smart_count: model.fewest.progressSummary.teamCount,
          }),
        },
      ]
    : [];
  const height = 90 + model.measured.length * 44;
  return (
    <DashboardSection
      testId="outcomes"
      title={translate('cei.dashboard.api.outcomes')}
      attention={attention}
      links={[
        { label: translate('cei.dashboard.api.metrics'), to: paths.list('metrics') },
        { label: translate('cei.dashboard.api.measurements'), to: paths.list('measurements') },
      ]}
    >
      {model.measured.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.metrics.none')}</EmptyState>
      ) : (
        <ChartFigure
          title={translate('cei.dashboard.api.outcomesChart')}
          summary={model.summary}
          table={model.table}
          height={height}
        >
          <BarChartView
            horizontal
            height={height}
            max={1}
            categories={model.measured.map((metric) => metric.name)}
            series={[
              {
                id: 'improved',
                label: translate('cei.dashboard.api.improvedShare'),
                data: model.measured.map(model.share),
              },
            ]}
            format={formats.percent}
          />
        </ChartFigure>
      )}
    </DashboardSection>
  );
}
