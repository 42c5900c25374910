import { labelOf, VacancyStatus } from '@cei/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
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

/** Vacancies as a table: the seat, who left, when it opened and is due, and where it stands. */
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
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
