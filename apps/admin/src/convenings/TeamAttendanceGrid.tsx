import {
  type AttendanceStatus,
  INTL_LOCALE,
  labelOf,
  programYearOf,
  programYearsBetween,
  type TeamRole,
  todayInPacific,
} from '@cei/domain';
import {
  CircularProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
import { useGraphQuery } from '../data/useGraphQuery';
import { AttendanceRate } from './AttendanceRate';
import { type AttendanceSummary, TEAM_ATTENDANCE } from './convening.graphql';
import { conveningName } from './conveningName';

interface TeamAttendanceData {
  team: {
    id: string;
    attendanceSummary: AttendanceSummary | null;
    memberships: {
      nodes: {
        id: string;
        role: TeamRole;
        startedOn: string;
        endedOn: string | null;
        person: { id: string; givenName: string | null; familyName: string | null } | null;
        attendanceSummary: AttendanceSummary | null;
        attendance: { nodes: { status: AttendanceStatus; convening: { id: string } | null }[] };
      }[];
    };
  } | null;
  convenings: {
    nodes: {
      id: string;
      number: number;
      title: string | null;
      programYear: string;
      startsAt: string;
    }[];
  };
}

/**
 * A team's attendance in a program year, read only: its members × its cohort's convenings of the
 * year, each cell the status as a word, each member's rate and the team's. Entered per convening.
 */
export function TeamAttendanceGrid({
  teamId,
  cohortId,
  joinedOn,
}: {
  teamId: string;
  cohortId: string;
  joinedOn: string;
}) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const createPath = useCreatePath();
  const today = todayInPacific();
  const current = programYearOf(today);
  const years = joinedOn <= today ? programYearsBetween(joinedOn, today).reverse() : [current];
  const [programYear, setProgramYear] = useState(current);
  const { data, isPending } = useGraphQuery<TeamAttendanceData>(TEAM_ATTENDANCE, {
    teamId,
    cohortId,
    programYear,
  });
  const day = new Intl.DateTimeFormat(INTL_LOCALE[language], {
    month: 'short',
    day: 'numeric',
    timeZone: 'America/Los_Angeles',
  });

  const convenings = data?.convenings.nodes ?? [];
  const members = data?.team?.memberships.nodes ?? [];
  return (
    <Stack gap={1}>
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
        <TextField
          select
          fullWidth={false}
          size="small"
          label={translate('resources.convenings.fields.programYear')}
          value={programYear}
          onChange={(event) => setProgramYear(event.target.value)}
          sx={{ minWidth: 140 }}
        >
          {years.map((year) => (
            <MenuItem key={year} value={year}>
              {year}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" component="span">
          {translate('cei.attendance.teamRate')}:
        </Typography>
        <AttendanceRate summary={data?.team?.attendanceSummary} />
      </Stack>
      {isPending ? (
        <CircularProgress aria-label={translate('ra.page.loading')} />
      ) : convenings.length === 0 ? (
        <Typography variant="body2">{translate('cei.attendance.noConvenings')}</Typography>
      ) : (
        <TableContainer>
          <Table
            size="small"
            aria-label={translate('cei.attendance.teamGrid', { year: programYear })}
          >
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.attendances.fields.person')}</TableCell>
                <TableCell>{translate('resources.attendances.fields.role')}</TableCell>
                {convenings.map((convening) => (
                  <TableCell key={convening.id} align="center">
                    <Link
                      to={createPath({ resource: 'convenings', id: convening.id, type: 'show' })}
                    >
                      {`#${convening.number}`}
                    </Link>
                    <Typography variant="caption" component="div" title={conveningName(convening)}>
                      {day.format(new Date(convening.startsAt))}
                    </Typography>
                  </TableCell>
                ))}
                <TableCell align="right">{translate('cei.attendance.rateColumn')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {members.map((member) => {
                const byConvening = new Map(
                  member.attendance.nodes.map((entry) => [entry.convening?.id, entry.status]),
                );
                const rate = member.attendanceSummary?.rate;
                return (
                  <TableRow key={member.id}>
                    <TableCell component="th" scope="row">
                      {personName(member.person ?? {})}
                      {member.endedOn && (
                        <Typography variant="caption" component="div" color="text.secondary">
                          {translate('cei.attendance.left', { date: member.endedOn })}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{labelOf('TeamRole', member.role, language)}</TableCell>
                    {convenings.map((convening) => {
                      const status = byConvening.get(convening.id);
                      return (
                        <TableCell key={convening.id} align="center">
                          {status ? labelOf('AttendanceStatus', status, language) : '—'}
                        </TableCell>
                      );
                    })}
                    <TableCell align="right">
                      {rate == null ? '—' : `${Math.round(rate * 100)}%`}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
