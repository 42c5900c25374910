import { INTL_LOCALE, labelOf, PACIFIC_TIME_ZONE, todayInPacific } from '@cei/domain';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, Title, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { useUiLanguage } from '../common/enums';
import { useGraphQuery } from '../data/useGraphQuery';
import { CalendarFeeds } from './CalendarFeeds';
import { addMonths, gridRange, type Month, monthGrid, monthOf, pacificDay } from './calendarMonth';
import { CONVENING_CALENDAR } from './convening.graphql';
import { conveningName } from './conveningName';
import { SubscribeButton } from './SubscribeButton';

export const CALENDAR_PATH = '/calendar';

interface CalendarConvening {
  id: string;
  title: string | null;
  programYear: string;
  number: number;
  kind: string;
  modality: string;
  startsAt: string;
  cohorts: { id: string; name: string }[];
}

/**
 * The convenings of a month, on a calendar (Pacific days, Sunday first), of every cohort or one;
 * and the viewer's calendar feeds: subscribe a calendar program to a cohort's convenings.
 */
export function ConveningCalendar() {
  const translate = useTranslate();
  const language = useUiLanguage();
  const createPath = useCreatePath();
  const { can } = useAccess();
  const [month, setMonth] = useState<Month>(monthOf(todayInPacific()));
  const [cohortId, setCohortId] = useState('');
  const weeks = monthGrid(month);
  const { data } = useGraphQuery<{ convenings: { nodes: CalendarConvening[] } }>(
    CONVENING_CALENDAR,
    { ...gridRange(weeks), cohortId: cohortId || null },
  );
  const { data: cohorts } = useGetList('cohorts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'number', order: 'ASC' },
  });
  const byDay = new Map<string, CalendarConvening[]>();
  for (const convening of data?.convenings.nodes ?? []) {
    const day = pacificDay(convening.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), convening]);
  }
  const locale = INTL_LOCALE[language];
  const monthTitle = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: PACIFIC_TIME_ZONE,
  });
  const today = todayInPacific();

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('cei.calendar.title')} />
      <CardContent>
        <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mb: 2 }}>
          <IconButton
            aria-label={translate('cei.calendar.previous')}
            onClick={() => setMonth(addMonths(month, -1))}
          >
            <ChevronLeftIcon />
          </IconButton>
          <Typography variant="h6" component="h1" sx={{ minWidth: 180, textAlign: 'center' }}>
            {monthTitle}
          </Typography>
          <IconButton
            aria-label={translate('cei.calendar.next')}
            onClick={() => setMonth(addMonths(month, 1))}
          >
            <ChevronRightIcon />
          </IconButton>
          <Button onClick={() => setMonth(monthOf(today))}>
            {translate('cei.calendar.today')}
          </Button>
          <TextField
            select
            fullWidth={false}
            size="small"
            label={translate('resources.convenings.fields.cohortId')}
            value={cohortId}
            onChange={(event) => setCohortId(event.target.value)}
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="">{translate('cei.calendar.allCohorts')}</MenuItem>
            {(cohorts ?? []).map((cohort) => (
              <MenuItem key={cohort.id} value={cohort.id}>
                {cohort.name}
              </MenuItem>
            ))}
          </TextField>
          {cohortId && can('subscribe', 'convenings') && <SubscribeButton cohortId={cohortId} />}
        </Stack>
        <Box
          component="table"
          aria-label={monthTitle}
          sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
        >
          <thead>
            <tr>
              {(weeks[0] ?? []).map((day) => (
                <Box component="th" key={day} scope="col" sx={{ p: 0.5, fontWeight: 500 }}>
                  {weekday.format(new Date(`${day}T00:00:00Z`))}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const inMonth = monthOf(day) === month;
                  return (
                    <Box
                      component="td"
                      key={day}
                      sx={{
                        verticalAlign: 'top',
                        height: 96,
                        border: 1,
                        borderColor: 'divider',
                        p: 0.5,
                        bgcolor: inMonth ? undefined : 'action.hover',
                      }}
                    >
                      <Typography
                        variant="caption"
                        component="div"
                        color={inMonth ? 'text.primary' : 'text.secondary'}
                        sx={{ fontWeight: day === today ? 700 : undefined }}
                      >
                        {Number(day.slice(8))}
                        {day === today && ` · ${translate('cei.calendar.today')}`}
                      </Typography>
                      {(byDay.get(day) ?? []).map((convening) => (
                        <Typography key={convening.id} variant="body2" component="div">
                          <Link
                            to={createPath({
                              resource: 'convenings',
                              id: convening.id,
                              type: 'show',
                            })}
                          >
                            {time.format(new Date(convening.startsAt))} {conveningName(convening)}
                          </Link>
                          <Typography variant="caption" component="div" color="text.secondary">
                            {convening.cohorts.map((cohort) => cohort.name).join(', ')} ·{' '}
                            {labelOf('Modality', convening.modality as 'VIRTUAL', language)}
                          </Typography>
                        </Typography>
                      ))}
                    </Box>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Box>
        {can('list', 'calendarFeeds') && <CalendarFeeds />}
      </CardContent>
    </Card>
  );
}
