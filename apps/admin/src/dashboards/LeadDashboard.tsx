import { labelOf } from '@cei/domain';
import { Box, Chip, Grid, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { VacancyTable } from '../teams/VacancyTable';
import { DashboardQuery } from './DashboardQuery';
import { type AttentionLine, DashboardSection, EmptyState, Scrollable } from './DashboardSection';
import { LEAD_DASHBOARD, type LeadDashboardData, type LeadTeam } from './dashboard.graphql';
import { useFormats, useOpenedAt } from './formats';
import { MeasurementTrendSection } from './MetricProgressSection';
import { usePaths } from './paths';
import { TeamsUpcomingConvenings } from './UpcomingConvenings';
import { vacancyAttention } from './VacanciesSection';

/** A team lead: their roster's gaps, their next convening and their measurements, per team. */
export function LeadDashboard() {
  const { programYear } = useOpenedAt();
  const translate = useTranslate();
  return (
    <DashboardQuery<LeadDashboardData>
      document={LEAD_DASHBOARD}
      variables={{ programYear }}
      render={(data) =>
        data.teams.nodes.length === 0 ? (
          <EmptyState>{translate('cei.dashboard.lead.none')}</EmptyState>
        ) : (
          data.teams.nodes.map((team) => (
            <LeadTeamDashboard
              key={team.id}
              team={team}
              programYear={programYear}
              titled={data.teams.nodes.length > 1}
            />
          ))
        )
      }
    />
  );
}

/** Missing required roles that no open vacancy accounts for (e.g. never filled). */
export function missingWithoutVacancy(team: LeadTeam) {
  const open = new Set([...team.overdue, ...team.due].map((vacancy) => vacancy.role));
  return (team.composition?.missingRoles ?? []).filter((role) => !open.has(role));
}

function LeadTeamDashboard({
  team,
  programYear,
  titled,
}: {
  team: LeadTeam;
  programYear: string;
  titled: boolean;
}) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const missing = missingWithoutVacancy(team);
  const gaps: AttentionLine[] = vacancyAttention(team.overdue, team.due, translate, formats.day);
  if (missing.length > 0) {
    gaps.unshift({
      urgency: 'error',
      text: translate('cei.dashboard.lead.missing', {
        roles: missing.map((role) => labelOf('TeamRole', role, formats.language)).join(', '),
      }),
    });
    // "No open vacancy" would contradict a missing role.
    if (gaps.at(-1)?.urgency === 'success') gaps.pop();
  }
  const vacancies = [...team.overdue, ...team.due];
  return (
    <Box
      component={titled ? 'section' : 'div'}
      aria-label={titled ? team.name : undefined}
      sx={{ mb: 3 }}
    >
      {titled && (
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {team.name}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <DashboardSection
            testId="roster"
            title={translate('cei.dashboard.lead.roster', { team: team.name })}
            attention={gaps}
            links={[
              {
                label: translate('cei.dashboard.lead.openRoster'),
                to: paths.show('teams', team.id, 'roster'),
              },
              { label: translate('cei.dashboard.vacancies.all'), to: '/vacancies' },
            ]}
          >
            {missing.length > 0 && (
              <Stack
                direction="row"
                gap={1}
                flexWrap="wrap"
                component="ul"
                sx={{ p: 0, m: 0, mb: 1 }}
              >
                {missing.map((role) => (
                  <Chip
                    key={role}
                    component="li"
                    color="error"
                    variant="outlined"
                    label={translate('cei.dashboard.lead.missingRole', {
                      role: labelOf('TeamRole', role, formats.language),
                    })}
                  />
                ))}
              </Stack>
            )}
            {vacancies.length > 0 ? (
              <Scrollable
                label={translate('cei.dashboard.tableOf', {
                  title: translate('cei.dashboard.vacancies.title'),
                })}
              >
                <VacancyTable vacancies={vacancies} />
              </Scrollable>
            ) : (
              missing.length === 0 && (
                <EmptyState>{translate('cei.dashboard.lead.rosterComplete')}</EmptyState>
              )
            )}
            <Typography variant="body2" sx={{ mt: 1 }}>
              {team.attendanceSummary?.rate == null
                ? translate('cei.dashboard.lead.noAttendance', { year: programYear })
                : translate('cei.dashboard.lead.attendance', {
                    year: programYear,
                    rate: formats.percent(team.attendanceSummary.rate),
                  })}
            </Typography>
          </DashboardSection>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <TeamsUpcomingConvenings
            teams={[team]}
            shown={3}
            title={translate('cei.dashboard.lead.nextConvening')}
          />
        </Grid>
        <Grid size={12}>
          <MeasurementTrendSection
            team={team}
            measurements={team.measurements.nodes}
            links={[
              {
                label: translate('cei.dashboard.lead.record'),
                to: `/measurements/create?source=${encodeURIComponent(JSON.stringify({ teamId: team.id }))}`,
              },
              {
                label: translate('cei.dashboard.lead.outcomes'),
                to: paths.show('teams', team.id, 'outcomes'),
              },
            ]}
          />
        </Grid>
      </Grid>
    </Box>
  );
}
