import { attendanceRate } from '@cei/domain';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type Formats, useFormats } from '../dashboards/formats';
import { useGraphQuery } from '../data/useGraphQuery';
import { type AttendanceSummary, TEAM_ATTENDANCE_TREND } from './convening.graphql';

interface TrendPoint {
  convening: { id: string; title: string; startsAt: string; programYear: string } | null;
  attendanceSummary: AttendanceSummary;
}

interface Row {
  key: string;
  name: string;
  present: number;
  absent: number;
  excused: number;
}

/** Per program year, the team's marks added up from its convenings'. */
export function ratesByYear(points: readonly TrendPoint[]): Row[] {
  const years = new Map<string, Row>();
  for (const { convening, attendanceSummary } of points) {
    if (!convening) continue;
    const row = years.get(convening.programYear) ?? {
      key: convening.programYear,
      name: convening.programYear,
      present: 0,
      absent: 0,
      excused: 0,
    };
    row.present += attendanceSummary.present;
    row.absent += attendanceSummary.absent;
    row.excused += attendanceSummary.excused;
    years.set(convening.programYear, row);
  }
  return [...years.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function RatesTable({
  label,
  first,
  rows,
  formats,
}: {
  label: string;
  first: string;
  rows: Row[];
  formats: Formats;
}) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={label} sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell>{first}</TableCell>
          <TableCell align="right">{translate('cei.dashboard.attendance.present')}</TableCell>
          <TableCell align="right">{translate('cei.dashboard.attendance.absent')}</TableCell>
          <TableCell align="right">{translate('cei.dashboard.attendance.excused')}</TableCell>
          <TableCell align="right">{translate('cei.dashboard.attendance.rate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const rate = attendanceRate(row);
          return (
            <TableRow key={row.key}>
              <TableCell>{row.name}</TableCell>
              <TableCell align="right">{formats.number(row.present)}</TableCell>
              <TableCell align="right">{formats.number(row.absent)}</TableCell>
              <TableCell align="right">{formats.number(row.excused)}</TableCell>
              <TableCell align="right">{rate === null ? '—' : formats.percent(rate)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/**
 * A team's attendance as rates, per program year and per convening, for those who cover the
 * team but may not read its members' marks (a liaison, a CBO partner): the aggregate tier.
 */
export function TeamAttendanceRates({ teamId }: { teamId: string }) {
  const translate = useTranslate();
  const formats = useFormats();
  const { data } = useGraphQuery<{ team: { attendanceTrend: TrendPoint[] } | null }>(
    TEAM_ATTENDANCE_TREND,
    { teamId },
  );
  if (!data) return null;
  const points = data.team?.attendanceTrend ?? [];
  if (points.length === 0)
    return <Alert severity="info">{translate('cei.dashboard.attendance.none')}</Alert>;
  const byConvening: Row[] = points.flatMap(({ convening, attendanceSummary }) =>
    convening
      ? [
          {
            key: convening.id,
            name: `${convening.title} (${formats.instantDay(convening.startsAt)})`,
            ...attendanceSummary,
          },
        ]
      : [],
  );
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('cei.attendance.ratesOnly')}
      </Typography>
      <RatesTable
        label={translate('cei.attendance.byYear')}
        first={translate('cei.attendance.programYear')}
        rows={ratesByYear(points)}
        formats={formats}
      />
      <RatesTable
        label={translate('cei.attendance.byConvening')}
        first={translate('cei.dashboard.attendance.convening')}
        rows={byConvening}
        formats={formats}
      />
    </>
  );
}
