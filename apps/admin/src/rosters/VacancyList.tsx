import { VacancyStatus } from '@cei/domain';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { ExportRowsButton } from '../common/csvExport/ExportButton';
import { useEnumChoices } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';
import { VACANCIES, type VacancyRecord } from '../teams/team.graphql';
import { VacancyTable } from '../teams/VacancyTable';

export const VACANCIES_PATH = '/vacancies';

/** Open first (overdue, then by due date), filled last. */
export function vacancyOrder(a: VacancyRecord, b: VacancyRecord): number {
  const rank = (vacancy: VacancyRecord) =>
    vacancy.status === VacancyStatus.OVERDUE ? 0 : vacancy.status === VacancyStatus.DUE ? 1 : 2;
  return rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn);
}

/** The export has the table's columns; the status as its word, which a spreadsheet can sort. */
const exportColumns = [
  col.reference('team'),
  col.enum('role', 'TeamRole'),
  col.person('endedMembership.person', { label: 'resources.vacancies.fields.endedMembership' }),
  col.day('openedOn'),
  col.day('dueOn'),
  col.enum('status', 'VacancyStatus'),
  col.person('filledByMembership.person', {
    label: 'resources.vacancies.fields.filledByMembership',
  }),
];

/**
 * Every vacancy on the teams the viewer covers (all teams for CEI staff, a county's for a liaison,
 * their own for a team lead): the role to fill, by when, and whether it is due, overdue or filled.
 */
export function VacancyList() {
  const translate = useTranslate();
  const statuses = useEnumChoices('VacancyStatus');
  const [status, setStatus] = useState('');
  const [cohortId, setCohortId] = useState('');
  const [dueWithinDays, setDueWithinDays] = useState('');
  const filter = {
    ...(status ? { status } : {}),
    ...(cohortId ? { cohortId } : {}),
    ...(dueWithinDays ? { dueWithinDays: Number(dueWithinDays) } : {}),
  };
  const { data, isPending, error } = useGraphQuery<{ vacancies: VacancyRecord[] }>(VACANCIES, {
    filter,
  });
  const { data: cohorts } = useGetList('cohorts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'number', order: 'ASC' },
  });
  const vacancies = [...(data?.vacancies ?? [])].sort(vacancyOrder);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('cei.vacancies.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('cei.vacancies.explain')}
        </Typography>
        <Stack direction="row" gap={2} flexWrap="wrap" sx={{ mb: 2 }}>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('resources.vacancies.fields.status')}
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{translate('cei.common.all')}</MenuItem>
            {statuses.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {choice.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('resources.teams.fields.cohortId')}
            value={cohortId}
            onChange={(event) => setCohortId(event.target.value)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{translate('cei.common.all')}</MenuItem>
            {(cohorts ?? []).map((cohort) => (
              <MenuItem key={cohort.id} value={cohort.id}>
                {cohort.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            fullWidth={false}
            type="number"
            label={translate('cei.vacancies.dueWithinDays')}
            value={dueWithinDays}
            onChange={(event) => setDueWithinDays(event.target.value)}
            slotProps={{ htmlInput: { min: 0 } }}
            sx={{ width: 200 }}
          />
          <Box sx={{ ml: 'auto', alignSelf: 'center' }}>
            <ExportRowsButton resource="vacancies" columns={exportColumns} rows={vacancies} />
          </Box>
        </Stack>
        {isPending ? (
          <CircularProgress aria-label={translate('ra.page.loading')} />
        ) : error ? (
          <Alert severity="error">{translate((error as Error).message)}</Alert>
        ) : vacancies.length === 0 ? (
          <Typography variant="body2">{translate('cei.vacancies.none')}</Typography>
        ) : (
          <VacancyTable vacancies={vacancies} showTeam />
        )}
      </CardContent>
    </Card>
  );
}
