import { labelOf, todayInPacific, VacancyStatus } from '@cei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { CreateButton, Link, useCreatePath, useTranslate } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
import { formatDay } from '../common/values';
import type { VacancyRecord } from './team.graphql';

/** A vacancy's status in words with an icon: due in n days, overdue, filled. */
export function VacancyStatusChip({ vacancy }: { vacancy: VacancyRecord }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  switch (vacancy.status) {
    case VacancyStatus.OVERDUE:
      return (
        <Chip
          size="small"
          color="error"
          icon={<ErrorIcon />}
          label={translate('cei.vacancies.overdue', {
            smart_count: Math.abs(vacancy.daysUntilDue ?? 0),
          })}
        />
      );
    case VacancyStatus.FILLED:
      return (
        <Chip
          size="small"
          color="success"
          icon={<CheckCircleIcon />}
          label={translate('cei.vacancies.filled', {
            date: vacancy.filledOn ? formatDay(vacancy.filledOn, language) : '',
          })}
        />
      );
    default:
      return (
        <Chip
          size="small"
          color="warning"
          icon={<ScheduleIcon />}
          label={
            vacancy.daysUntilDue
              ? translate('cei.vacancies.due', { smart_count: vacancy.daysUntilDue })
              : translate('cei.vacancies.dueToday')
          }
        />
      );
  }
}

/**
 * Opens Add a member for the vacancy's team with its role and today's date filled in; saving
 * goes back to the team's roster (MembershipCreate), where the vacancy then shows filled.
 */
export function FillVacancyButton({ vacancy }: { vacancy: VacancyRecord }) {
  const translate = useTranslate();
  const language = useUiLanguage();
  if (!vacancy.team) return null;
  return (
    <CreateButton
      resource="memberships"
      label="cei.vacancies.fill"
      aria-label={translate('cei.vacancies.fillRole', {
        role: labelOf('TeamRole', vacancy.role, language),
        team: vacancy.team.name,
      })}
      state={{
        record: { teamId: vacancy.team.id, role: vacancy.role, startedOn: todayInPacific() },
      }}
    />
  );
}

/**
 * Vacancies as a table: the seat, who left, when it opened and is due, and where it stands, with
 * "Fill this vacancy" on each open one for those who may add members.
 */
export function VacancyTable({
  vacancies,
  showTeam = false,
}: {
  vacancies: readonly VacancyRecord[];
  showTeam?: boolean;
}) {
  const translate = useTranslate();
  const language = useUiLanguage();
  const createPath = useCreatePath();
  const { can } = useAccess();
  const canFill = can('create', 'memberships');
  return (
    <Table size="small" aria-label={translate('cei.vacancies.title')}>
      <TableHead>
        <TableRow>
          {showTeam && <TableCell>{translate('resources.vacancies.fields.team')}</TableCell>}
          <TableCell>{translate('resources.vacancies.fields.role')}</TableCell>
          <TableCell>{translate('resources.vacancies.fields.endedMembership')}</TableCell>
          <TableCell>{translate('resources.vacancies.fields.openedOn')}</TableCell>
          <TableCell>{translate('resources.vacancies.fields.dueOn')}</TableCell>
          <TableCell>{translate('resources.vacancies.fields.status')}</TableCell>
          <TableCell>{translate('resources.vacancies.fields.filledByMembership')}</TableCell>
          {canFill && <TableCell>{translate('cei.common.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {vacancies.map((vacancy) => (
          <TableRow key={vacancy.id} data-vacancy-status={vacancy.status}>
            {showTeam && (
              <TableCell>
                {vacancy.team ? (
                  <Link to={createPath({ resource: 'teams', id: vacancy.team.id, type: 'show' })}>
                    {vacancy.team.name}
                  </Link>
                ) : (
                  '—'
                )}
              </TableCell>
            )}
            <TableCell>{labelOf('TeamRole', vacancy.role, language)}</TableCell>
            <TableCell>
              {vacancy.endedMembership ? personName(vacancy.endedMembership.person ?? {}) : '—'}
            </TableCell>
            <TableCell>{formatDay(vacancy.openedOn, language)}</TableCell>
            <TableCell>{formatDay(vacancy.dueOn, language)}</TableCell>
            <TableCell>
              <VacancyStatusChip vacancy={vacancy} />
            </TableCell>
            <TableCell>
              {vacancy.filledByMembership
                ? personName(vacancy.filledByMembership.person ?? {})
                : '—'}
            </TableCell>
            {canFill && (
              <TableCell>
                {vacancy.status !== VacancyStatus.FILLED && <FillVacancyButton vacancy={vacancy} />}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
