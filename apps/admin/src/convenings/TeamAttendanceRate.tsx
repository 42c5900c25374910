import { programYearOf, todayInPacific } from '@cei/domain';
import { Labeled, useTranslate } from 'react-admin';
import { useGraphQuery } from '../data/useGraphQuery';
import { AttendanceRate } from './AttendanceRate';
import { type AttendanceSummary, TEAM_ATTENDANCE_RATE } from './convening.graphql';

/** The team's attendance rate this program year, labelled, for a team's summary. */
export function TeamAttendanceRate({ teamId }: { teamId: string }) {
  const translate = useTranslate();
  const programYear = programYearOf(todayInPacific());
  const { data } = useGraphQuery<{ team: { attendanceSummary: AttendanceSummary | null } | null }>(
    TEAM_ATTENDANCE_RATE,
    { teamId, programYear },
  );
  return (
    <Labeled label={translate('cei.attendance.thisYear', { year: programYear })}>
      <AttendanceRate summary={data?.team?.attendanceSummary} />
    </Labeled>
  );
}
