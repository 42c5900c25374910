import { INTL_LOCALE, labelOf, type MetricDirection } from '@cei/domain';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import RemoveIcon from '@mui/icons-material/Remove';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { formatDay } from '../common/values';
import { useGraphQuery } from '../data/useGraphQuery';
import { METRIC_PROGRESS } from '../teams/team.graphql';

interface MeasurementPoint {
  id: string;
  value: number;
  periodStart: string;
  periodEnd: string;
}

export interface MetricProgressRow {
  change: number | null;
  isImprovement: boolean | null;
  metric: { id: string; name: string; unit: string; direction: MetricDirection } | null;
  baseline: MeasurementPoint | null;
  latest: MeasurementPoint | null;
}

/** "+12.5" / "−3" / "0": a change with its sign, as readers compare numbers. */
export function formatChange(change: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    Math.abs(change),
  );
  return change > 0 ? `+${number}` : change < 0 ? `−${number}` : number;
}

/**
 * Each metric's progress on a team: its baseline, its latest value, the change and whether the
 * change is an improvement (given which direction is better), in words and an arrow.
 */
export function MetricProgress({ teamId }: { teamId: string }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const { data } = useGraphQuery<{ team: { metricProgress: MetricProgressRow[] } | null }>(
    METRIC_PROGRESS,
    { teamId },
  );
  const rows = data?.team?.metricProgress ?? [];
  if (rows.length === 0) {
    return <Typography variant="body2">{translate('cei.outcomes.noProgress')}</Typography>;
  }
  const locale = INTL_LOCALE[language];
  const point = (measurement: MeasurementPoint | null, unit: string) =>
    measurement ? (
      <>
        {`${new Intl.NumberFormat(locale).format(measurement.value)} ${unit}`}
        <Typography variant="caption" component="div" color="text.secondary">
          {formatDay(measurement.periodStart, language)} –{' '}
          {formatDay(measurement.periodEnd, language)}
        </Typography>
      </>
    ) : (
      '—'
    );
  return (
    <Table size="small" aria-label={translate('cei.outcomes.progress')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.measurements.fields.metric')}</TableCell>
          <TableCell>{translate('cei.outcomes.baseline')}</TableCell>
          <TableCell>{translate('cei.outcomes.latest')}</TableCell>
          <TableCell>{translate('cei.outcomes.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const unit = row.metric?.unit ?? '';
          const Icon =
            row.change == null || row.change === 0
              ? RemoveIcon
              : row.change > 0
                ? ArrowUpwardIcon
                : ArrowDownwardIcon;
          return (
            <TableRow key={row.metric?.id ?? row.latest?.id}>
              <TableCell component="th" scope="row">
                {row.metric?.name ?? '—'}
                {row.metric && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {labelOf('MetricDirection', row.metric.direction, language)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{point(row.baseline, unit)}</TableCell>
              <TableCell>{point(row.latest, unit)}</TableCell>
              <TableCell>
                {row.change == null ? (
                  '—'
                ) : (
                  <Stack direction="row" gap={0.5} alignItems="center">
                    <Icon
                      fontSize="small"
                      color={
                        row.isImprovement == null
                          ? 'inherit'
                          : row.isImprovement
                            ? 'success'
                            : 'error'
                      }
                      aria-hidden
                    />
                    <span>
                      {formatChange(row.change, locale)} {unit}
                      {row.isImprovement != null &&
                        ` (${translate(row.isImprovement ? 'cei.outcomes.better' : 'cei.outcomes.worse')})`}
                    </span>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
