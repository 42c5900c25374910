import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AttendanceSummary } from './convening.graphql';

/** "Attendance 87% (13 of 15 present, 1 excused)", or that none is recorded. */
export function AttendanceRate({ summary }: { summary: AttendanceSummary | null | undefined }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" component="span" data-testid="attendance-rate">
      {summary && summary.rate != null
        ? translate('cei.attendance.rate', {
            rate: Math.round(summary.rate * 100),
            present: summary.present,
            counted: summary.present + summary.absent,
            excused: summary.excused,
          })
        : translate('cei.attendance.noRate')}
    </Typography>
  );
}
