import { labelOf } from '@cei/domain';
import { CircularProgress, List, ListItem, ListItemText } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { conveningName } from '../convenings/conveningName';
import { useGraphQuery } from '../data/useGraphQuery';
import { type AttentionLine, DashboardSection, EmptyState } from './DashboardSection';
import {
  type ConveningRecord,
  type TeamCohorts,
  UPCOMING_CONVENINGS,
  type UpcomingConveningsData,
} from './dashboard.graphql';
import { useFormats, useOpenedAt } from './formats';
import { usePaths } from './paths';

/**
 * The next convenings, soonest first, each linked to its page: when (Pacific time), how it is
 * held and where. The first line says which comes next and whether it means travel.
 */
export function UpcomingConvenings({
  convenings,
  title,
  isPending = false,
}: {
  convenings: readonly ConveningRecord[];
  title?: string;
  isPending?: boolean;
}) {
  const translate = useTranslate();
  const formats = useFormats();
  const paths = usePaths();
  const next = convenings[0];
  const attention: AttentionLine[] = next
    ? [
        {
          urgency: 'info',
          text: translate(
            next.overnightStay
              ? 'cei.dashboard.convenings.nextOvernight'
              : 'cei.dashboard.convenings.next',
            { name: conveningName(next), date: formats.instant(next.startsAt) },
          ),
        },
      ]
    : [];
  return (
    <DashboardSection
      testId="convenings"
      title={title ?? translate('cei.dashboard.convenings.title')}
      attention={attention}
      links={[
        { label: translate('cei.dashboard.convenings.calendar'), to: '/calendar' },
        { label: translate('cei.dashboard.convenings.all'), to: paths.list('convenings') },
      ]}
    >
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('cei.dashboard.loading')} />
      ) : convenings.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.convenings.none')}</EmptyState>
      ) : (
        <List dense disablePadding>
          {convenings.map((convening) => (
            <ListItem key={convening.id} disableGutters>
              <ListItemText
                primary={
                  <Link to={paths.show('convenings', convening.id)}>
                    {conveningName(convening)}
                  </Link>
                }
                secondary={[
                  formats.instant(convening.startsAt),
                  labelOf('Modality', convening.modality, formats.language),
                  convening.venue,
                  convening.cohorts.map((cohort) => cohort.name).join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </DashboardSection>
  );
}

/** The cohorts of some teams: each team's own and those it facilitates, each once. */
export function cohortIdsOf(teams: readonly TeamCohorts[]): string[] {
  const ids = teams.flatMap((team) => [
    team.cohort?.id,
    ...team.facilitations.nodes.map((facilitation) => facilitation.cohort?.id),
  ]);
  return [...new Set(ids.filter((id): id is string => !!id))].sort();
}

/** The upcoming convenings of the cohorts asked for, each once, soonest first. */
export function upcomingOf(data: UpcomingConveningsData | undefined): ConveningRecord[] {
  const byId = new Map<string, ConveningRecord>();
  for (const cohort of data?.cohorts.nodes ?? []) {
    for (const convening of cohort.convenings.nodes) byId.set(convening.id, convening);
  }
  return [...byId.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The next convenings of some teams' cohorts (their own and those they facilitate). */
export function TeamsUpcomingConvenings({
  teams,
  title,
  shown,
}: {
  teams: readonly TeamCohorts[];
  title?: string;
  shown: number;
}) {
  const { now } = useOpenedAt();
  const cohortIds = cohortIdsOf(teams);
  const { data, isPending } = useGraphQuery<UpcomingConveningsData>(
    UPCOMING_CONVENINGS,
    { cohortIds, now },
    { enabled: cohortIds.length > 0 },
  );
  return (
    <UpcomingConvenings
      title={title}
      isPending={cohortIds.length > 0 && isPending}
      convenings={upcomingOf(data).slice(0, shown)}
    />
  );
}
