import {
  type ApplicationStatus,
  addMoney,
  compareMoney,
  labelOf,
  StipendStatus,
  subtractMoney,
} from '@cei/domain';
import {
  Box,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { AttendanceTrendSection } from './AttendanceTrendSection';
import { BarChartView, ChartFigure } from './charts';
import { DashboardQuery } from './DashboardQuery';
import { type AttentionLine, DashboardSection, EmptyState } from './DashboardSection';
import { type FundingFigures, STAFF_DASHBOARD, type StaffDashboardData } from './dashboard.graphql';
import { type Formats, useFormats, useOpenedAt } from './formats';
import { usePaths } from './paths';
import { UpcomingConvenings } from './UpcomingConvenings';
import { VacanciesSection } from './VacanciesSection';

type Translate = (key: string, options?: object) => string;

/** Statuses in the order they need CEI staff: letters waiting for them first. */
export const APPLICATION_ORDER: ApplicationStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'WAITLISTED',
  'DRAFT',
  'SELECTED',
  'DECLINED',
  'WITHDRAWN',
];

/** CEI staff and admins: the whole program, what waits for them first. */
export function StaffDashboard() {
  const { now } = useOpenedAt();
  return (
    <DashboardQuery<StaffDashboardData>
      document={STAFF_DASHBOARD}
      variables={{ now }}
      render={(data) => (
        <Grid container spacing={2}>
          <Grid size={12}>
            <VacanciesSection overdue={data.overdue} due={data.due} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ApplicationsSection data={data} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <UpcomingConvenings convenings={data.convenings.nodes} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <StipendsSection counts={data.stipendCounts} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <FundingSection funding={data.fundingSummary} />
          </Grid>
          <Grid size={12}>
            <AttendanceTrendSection cohorts={data.cohorts.nodes} />
          </Grid>
        </Grid>
      )}
    />
  );
}

/** Letters of interest per cohort and status: recruiting cohorts and any with letters. */
function ApplicationsSection({ data }: { data: StaffDashboardData }) {
  const translate = useTranslate();
  const { language, number } = useFormats();
  const paths = usePaths();
  const total = (status: ApplicationStatus) =>
    data.applicationCounts
      .filter((count) => count.status === status)
      .reduce((sum, count) => sum + count.count, 0);
  const attention: AttentionLine[] = [];
  if (total('SUBMITTED') > 0) {
    attention.push({
      urgency: 'warning',
      text: translate('cei.dashboard.applications.submitted', { smart_count: total('SUBMITTED') }),
    });
  }
  if (total('UNDER_REVIEW') > 0) {
    attention.push({
      urgency: 'info',
      text: translate('cei.dashboard.applications.underReview', {
        smart_count: total('UNDER_REVIEW'),
      }),
    });
  }
  const cohorts = data.cohorts.nodes.filter(
    (cohort) =>
      cohort.status === 'RECRUITING' ||
      data.applicationCounts.some((count) => count.cohort?.id === cohort.id),
  );
  if (attention.length === 0) {
    attention.push({ urgency: 'success', text: translate('cei.dashboard.applications.nothing') });
  }
  return (
    <DashboardSection
      testId="applications"
      title={translate('cei.dashboard.applications.title')}
      attention={attention}
      links={[
        { label: translate('cei.dashboard.applications.all'), to: paths.list('applications') },
      ]}
    >
      {cohorts.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.applications.none')}</EmptyState>
      ) : (
        cohorts.map((cohort) => {
          const counts = data.applicationCounts
            .filter((count) => count.cohort?.id === cohort.id)
            .sort(
              (a, b) => APPLICATION_ORDER.indexOf(a.status) - APPLICATION_ORDER.indexOf(b.status),
            );
          return (
            <Box key={cohort.id} sx={{ mb: 1.5 }}>
              <Typography variant="subtitle1" component="h3">
                <Link to={paths.show('cohorts', cohort.id)}>{cohort.name}</Link>{' '}
                <Typography component="span" variant="body2" color="text.secondary">
                  ({labelOf('CohortStatus', cohort.status as never, language)})
                </Typography>
              </Typography>
              {counts.length === 0 ? (
                <EmptyState>{translate('cei.dashboard.applications.noneInCohort')}</EmptyState>
              ) : (
                <Stack
                  direction="row"
                  gap={2}
                  flexWrap="wrap"
                  component="ul"
                  sx={{ p: 0, m: 0, listStyle: 'none' }}
                >
                  {counts.map((count) => (
                    <Typography
                      key={count.status}
                      component="li"
                      variant="body2"
                      // The statuses waiting for staff stand out in weight, not only in order.
                      sx={{ fontWeight: APPLICATION_ORDER.indexOf(count.status) < 2 ? 700 : 400 }}
                    >
                      <Link
                        to={paths.list('applications', {
                          cohortId: cohort.id,
                          status: count.status,
                        })}
                      >
                        {`${labelOf('ApplicationStatus', count.status, language)}: ${number(count.count)}`}
                      </Link>
                    </Typography>
                  ))}
                </Stack>
              )}
            </Box>
          );
        })
      )}
    </DashboardSection>
  );
}

const STIPEND_ORDER: StipendStatus[] = [
  StipendStatus.APPROVED,
  StipendStatus.PLANNED,
  StipendStatus.PAID,
];

/** Stipends by status, those waiting for a step first: approved ones to pay, planned to approve. */
export function StipendsSection({ counts }: { counts: StaffDashboardData['stipendCounts'] }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const of = (status: StipendStatus) => counts.find((count) => count.status === status);
  const attention: AttentionLine[] = [];
  const approved = of(StipendStatus.APPROVED);
  const planned = of(StipendStatus.PLANNED);
  if (approved) {
    attention.push({
      urgency: 'warning',
      text: translate('cei.dashboard.stipends.approved', {
        smart_count: approved.count,
        amount: formats.money(approved.amount),
      }),
    });
  }
  if (planned) {
    attention.push({
      urgency: 'info',
      text: translate('cei.dashboard.stipends.planned', {
        smart_count: planned.count,
        amount: formats.money(planned.amount),
      }),
    });
  }
  const rows = STIPEND_ORDER.flatMap((status) => {
    const count = of(status);
    return count ? [count] : [];
  });
  return (
    <DashboardSection
      testId="stipends"
      title={translate('cei.dashboard.stipends.title')}
      attention={attention}
      links={[{ label: translate('cei.dashboard.stipends.all'), to: paths.list('stipends') }]}
    >
      {rows.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.stipends.none')}</EmptyState>
      ) : (
        <Table size="small">
          <caption>{translate('cei.dashboard.stipends.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{translate('cei.dashboard.stipends.status')}</TableCell>
              <TableCell scope="col" align="right">
                {translate('cei.dashboard.stipends.count')}
              </TableCell>
              <TableCell scope="col" align="right">
                {translate('cei.dashboard.stipends.amount')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.status}>
                <TableCell component="th" scope="row">
                  <Link to={paths.list('stipends', { status: row.status })}>
                    {labelOf('StipendStatus', row.status, formats.language)}
                  </Link>
                </TableCell>
                <TableCell align="right">{formats.number(row.count)}</TableCell>
                <TableCell align="right">{formats.money(row.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DashboardSection>
  );
}

/** The figures of the funding chart, in the order of its bars. */
export function fundingModel(funding: FundingFigures, translate: Translate, formats: Formats) {
  const paid = addMoney(funding.stipendsPaid, funding.reimbursementsPaid);
  const bars = [
    { key: 'appropriation', amount: funding.appropriation },
    { key: 'committed', amount: funding.committed },
    { key: 'paid', amount: paid },
    { key: 'remaining', amount: funding.remaining },
  ].map((bar) => ({ ...bar, label: translate(`cei.dashboard.funding.${bar.key}`) }));
  const detail = [
    'stipendsPlanned',
    'stipendsApproved',
    'stipendsPaid',
    'reimbursementsSubmitted',
    'reimbursementsApproved',
    'reimbursementsPaid',
  ] as const;
  return {
    bars,
    summary: translate('cei.dashboard.funding.summary', {
      committed: formats.money(funding.committed),
      appropriation: formats.money(funding.appropriation),
      paid: formats.money(paid),
      remaining: formats.money(funding.remaining),
    }),
    table: {
      columns: [
        translate('cei.dashboard.funding.figure'),
        translate('cei.dashboard.funding.amount'),
      ],
      rows: [
        ...bars.map((bar) => ({ key: bar.key, cells: [bar.label, formats.money(bar.amount)] })),
        ...detail.map((key) => ({
          key,
          cells: [translate(`cei.funding.${key}`), formats.money(funding[key])],
        })),
      ],
    },
  };
}

/** Money committed and paid against the appropriation, as a chart with its table. */
function FundingSection({ funding }: { funding: FundingFigures }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const model = fundingModel(funding, translate, formats);
  const attention: AttentionLine[] = [];
  if (compareMoney(funding.remaining, '0') < 0) {
    attention.push({
      urgency: 'error',
      text: translate('cei.dashboard.funding.over', {
        amount: formats.money(subtractMoney('0', funding.remaining)),
      }),
    });
  }
  if (compareMoney(funding.reimbursementsSubmitted, '0') > 0) {
    attention.push({
      urgency: 'warning',
      text: translate('cei.dashboard.funding.claims', {
        amount: formats.money(funding.reimbursementsSubmitted),
      }),
    });
  }
  return (
    <DashboardSection
      testId="funding"
      title={translate('cei.dashboard.funding.title')}
      attention={attention}
      links={[
        { label: translate('cei.dashboard.stipends.all'), to: paths.list('stipends') },
        {
          label: translate('cei.dashboard.funding.reimbursements'),
          to: paths.list('reimbursements', { status: 'SUBMITTED' }),
        },
      ]}
    >
      <ChartFigure
        title={translate('cei.dashboard.funding.chart')}
        summary={model.summary}
        table={model.table}
        height={220}
      >
        <BarChartView
          horizontal
          height={220}
          categories={model.bars.map((bar) => bar.label)}
          series={[
            {
              id: 'funding',
              label: translate('cei.dashboard.funding.amount'),
              data: model.bars.map((bar) => Math.max(0, Number(bar.amount))),
            },
          ]}
          format={formats.moneyCompact}
        />
      </ChartFigure>
    </DashboardSection>
  );
}
