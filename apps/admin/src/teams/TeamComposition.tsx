import { INTL_LOCALE, labelOf, todayInPacific, VacancyStatus } from '@cei/domain';
import { Alert, Chip, Stack } from '@mui/material';
import { useGetManyReference, useRecordContext } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import {
  type MembershipForComposition,
  type TeamForComposition,
  teamHealth,
} from './teamComposition';

/**
 * Whether the team has every required role today, and its open vacancies: the badges CEI staff
 * and liaisons watch. Reads the roster (up to the 100 records a page may hold).
 */
export function TeamComposition() {
  const team = useRecordContext<TeamForComposition & { id: string }>();
  const language = useUiLanguage();
  const { data, isPending, error } = useGetManyReference<MembershipForComposition>(
    'memberships',
    {
      target: 'teamId',
      id: team?.id ?? '',
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'startedOn', order: 'ASC' },
      filter: {},
    },
    { enabled: !!team },
  );
  if (!team || isPending || error || !data) return null;

  const { composition, vacancies } = teamHealth(team, data, todayInPacific());
  const role = (value: MembershipForComposition['role']) => labelOf('TeamRole', value, language);
  const days = new Intl.DateTimeFormat(INTL_LOCALE[language], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const day = (date: string) => days.format(new Date(date));
  return (
    <Stack gap={1} sx={{ mb: 1 }}>
      {composition.isComplete ? (
        <Chip
          color="success"
          label="Every required role is filled"
          sx={{ alignSelf: 'flex-start' }}
        />
      ) : (
        <Alert severity="warning">
          Missing required roles: {composition.missing.map(role).join(', ')}
        </Alert>
      )}
      {vacancies.map((vacancy) => (
        <Alert
          key={`${vacancy.role}-${vacancy.openedOn}`}
          severity={vacancy.status === VacancyStatus.OVERDUE ? 'error' : 'info'}
        >
          Vacancy for {role(vacancy.role)} since {day(vacancy.openedOn)}, to fill by{' '}
          {day(vacancy.dueOn)}
          {vacancy.status === VacancyStatus.OVERDUE ? ' (overdue)' : ''}.
        </Alert>
      ))}
    </Stack>
  );
}
