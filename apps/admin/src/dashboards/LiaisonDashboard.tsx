import { labelOf } from '@cei/domain';
import {
  Grid,
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { CompositionStatus } from './CompositionStatus';
import { DashboardQuery } from './DashboardQuery';
import { type AttentionLine, DashboardSection, EmptyState, Scrollable } from './DashboardSection';
import {
  type AttendanceFigures,
  LIAISON_DASHBOARD,
  type LiaisonDashboardData,
  type LiaisonTeam,
} from './dashboard.graphql';
import { type Formats, useFormats, useOpenedAt } from './formats';
import { MetricComparisonSection } from './MetricProgressSection';
import { usePaths } from './paths';
import { VacanciesSection } from './VacanciesSection';

type Translate = (key: string, options?: object) => string;

/** A COE liaison: their county offices' teams, what each lacks, and their check-ins. */
export function LiaisonDashboard() {
  const { programYear, today } = useOpenedAt();
  return (
    <DashboardQuery<LiaisonDashboardData>
      document={LIAISON_DASHBOARD}
      variables={{ programYear }}
      render={(data) => (
        <Grid container spacing={2}>
          <Grid size={12}>
            <TeamsSection teams={data.teams.nodes} programYear={programYear} />
          </Grid>
          <Grid size={12}>
            <VacanciesSection overdue={data.overdue} due={data.due} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <CheckInsSection data={data} today={today} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <MetricComparisonSection teams={data.teams.nodes} />
          </Grid>
        </Grid>
      )}
    />
  );
}

/** Teams needing the most attention first: overdue vacancies, then due, then missing roles. */
export function teamOrder(a: LiaisonTeam, b: LiaisonTeam): number {
  const rank = (team: LiaisonTeam) =>
    team.overdue.length > 0 ? 0 : team.due.length > 0 ? 1 : team.composition?.isComplete ? 3 : 2;
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
}

function rateText(summary: AttendanceFigures | null, formats: Formats, translate: Translate) {
  return summary?.rate == null
    ? translate('cei.dashboard.teams.noAttendance')
    : formats.percent(summary.rate);
}

/** Their county's teams: composition, open vacancies, attendance and metrics at a glance. */
function TeamsSection({ teams, programYear }: { teams: LiaisonTeam[]; programYear: string }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const incomplete = teams.filter((team) => team.composition && !team.composition.isComplete);
  const attention: AttentionLine[] =
    teams.length === 0
      ? []
      : incomplete.length > 0
        ? [
            {
              urgency: 'warning',
              text: translate('cei.dashboard.teams.incomplete', {
                smart_count: incomplete.length,
                total: formats.number(teams.length),
                teams: incomplete.map((team) => team.name).join(', '),
              }),
            },
          ]
        : [{ urgency: 'success', text: translate('cei.dashboard.teams.allComplete') }];
  const sorted = [...teams].sort(teamOrder);
  return (
    <DashboardSection
      testId="teams"
      title={translate('cei.dashboard.teams.county')}
      attention={attention}
      links={[{ label: translate('cei.dashboard.teams.all'), to: paths.list('teams') }]}
    >
      {teams.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.teams.none')}</EmptyState>
      ) : (
        <Scrollable
          label={translate('cei.dashboard.tableOf', {
            title: translate('cei.dashboard.teams.county'),
          })}
        >
          <Table size="small">
            <caption>{translate('cei.dashboard.teams.caption', { year: programYear })}</caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{translate('cei.dashboard.teams.team')}</TableCell>
                <TableCell scope="col">{translate('cei.dashboard.teams.composition')}</TableCell>
                <TableCell scope="col">{translate('cei.dashboard.teams.vacancies')}</TableCell>
                <TableCell scope="col">
                  {translate('cei.dashboard.teams.attendanceYear', { year: programYear })}
                </TableCell>
                <TableCell scope="col">{translate('cei.dashboard.teams.attendanceAll')}</TableCell>
                <TableCell scope="col">{translate('cei.dashboard.teams.metrics')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((team) => {
                const measured = team.metricProgress.filter((each) => each.change !== null);
                const better = measured.filter((each) => each.isImprovement && each.change !== 0);
                return (
                  <TableRow key={team.id} data-team={team.name}>
                    <TableCell component="th" scope="row">
                      <Link to={paths.show('teams', team.id, 'roster')}>{team.name}</Link>
                      <Typography variant="caption" component="div" color="text.secondary">
                        {team.cohort?.name}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <CompositionStatus composition={team.composition} />
                    </TableCell>
                    <TableCell>
                      {team.overdue.length + team.due.length === 0
                        ? translate('cei.dashboard.teams.noVacancy')
                        : translate('cei.dashboard.teams.openVacancies', {
                            overdue: formats.number(team.overdue.length),
                            due: formats.number(team.due.length),
                          })}
                    </TableCell>
                    <TableCell>{rateText(team.year, formats, translate)}</TableCell>
                    <TableCell>{rateText(team.allYears, formats, translate)}</TableCell>
                    <TableCell>
                      {measured.length === 0
                        ? translate('cei.dashboard.teams.noMetrics')
                        : translate('cei.dashboard.teams.better', {
                            better: formats.number(better.length),
                            smart_count: measured.length,
                          })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Scrollable>
      )}
    </DashboardSection>
  );
}

/** Open follow-ups (overdue first) and the latest check-ins with the teams they cover. */
function CheckInsSection({ data, today }: { data: LiaisonDashboardData; today: string }) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const followUps = data.followUps.nodes;
  const overdue = followUps.filter((followUp) => followUp.dueOn && followUp.dueOn < today);
  const attention: AttentionLine[] = [];
  if (overdue.length > 0) {
    attention.push({
      urgency: 'error',
      text: translate('cei.dashboard.checkIns.overdue', { smart_count: overdue.length }),
    });
  }
  if (data.followUps.totalCount > overdue.length) {
    attention.push({
      urgency: 'info',
      text: translate('cei.dashboard.checkIns.open', {
        smart_count: data.followUps.totalCount - overdue.length,
      }),
    });
  }
  const ordered = [...overdue, ...followUps.filter((followUp) => !overdue.includes(followUp))];
  return (
    <DashboardSection
      testId="checkIns"
      title={translate('cei.dashboard.checkIns.title')}
      attention={attention}
      links={[
        { label: translate('cei.dashboard.checkIns.new'), to: '/checkIns/create' },
        { label: translate('cei.dashboard.checkIns.all'), to: paths.list('checkIns') },
      ]}
    >
      <Typography variant="subtitle1" component="h3">
        {translate('cei.dashboard.checkIns.followUps')}
      </Typography>
      {ordered.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.checkIns.noFollowUps')}</EmptyState>
      ) : (
        <List dense disablePadding>
          {ordered.map((followUp) => (
            <ListItem key={followUp.id} disableGutters>
              <ListItemText
                primary={
                  followUp.checkIn ? (
                    <Link to={paths.show('checkIns', followUp.checkIn.id)}>
                      {followUp.description}
                    </Link>
                  ) : (
                    followUp.description
                  )
                }
                secondary={[
                  followUp.checkIn?.team?.name,
                  followUp.dueOn
                    ? translate(
                        overdue.includes(followUp)
                          ? 'cei.dashboard.checkIns.wasDue'
                          : 'cei.dashboard.checkIns.dueOn',
                        { date: formats.day(followUp.dueOn) },
                      )
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        {translate('cei.dashboard.checkIns.recent')}
      </Typography>
      {data.checkIns.nodes.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.checkIns.none')}</EmptyState>
      ) : (
        <List dense disablePadding>
          {data.checkIns.nodes.map((checkIn) => (
            <ListItem key={checkIn.id} disableGutters>
              <ListItemText
                primary={
                  <Link to={paths.show('checkIns', checkIn.id)}>
                    {`${formats.day(checkIn.occurredOn)}: ${checkIn.team?.name ?? '—'}`}
                  </Link>
                }
                secondary={`${labelOf('CheckInKind', checkIn.kind, formats.language)} · ${checkIn.summary}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </DashboardSection>
  );
}
