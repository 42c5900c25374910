import { TeamRole } from '@cei/domain';
import { Grid, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { CompositionStatus } from './CompositionStatus';
import { DashboardQuery } from './DashboardQuery';
import { type AttentionLine, DashboardSection, EmptyState } from './DashboardSection';
import { PARTNER_DASHBOARD, type PartnerDashboardData } from './dashboard.graphql';
import { usePaths } from './paths';
import { TeamsUpcomingConvenings } from './UpcomingConvenings';

/** A CBO partner: the teams its organization is on, and their next convenings. */
export function PartnerDashboard() {
  return (
    <DashboardQuery<PartnerDashboardData>
      document={PARTNER_DASHBOARD}
      variables={{}}
      render={(data) => (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 7 }}>
            <PartnerTeams teams={data.teams.nodes} />
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <TeamsUpcomingConvenings teams={data.teams.nodes} shown={5} />
          </Grid>
        </Grid>
      )}
    />
  );
}

function PartnerTeams({ teams }: { teams: PartnerDashboardData['teams']['nodes'] }) {
  const translate = useTranslate();
  const paths = usePaths();
  // The partner's own seat first: a team without a community partner needs them.
  const noPartner = teams.filter((team) =>
    team.composition?.missingRoles.includes(TeamRole.COMMUNITY_PARTNER),
  );
  const attention: AttentionLine[] =
    noPartner.length > 0
      ? [
          {
            urgency: 'warning',
            text: translate('cei.dashboard.partner.seatEmpty', {
              smart_count: noPartner.length,
              teams: noPartner.map((team) => team.name).join(', '),
            }),
          },
        ]
      : teams.length > 0
        ? [{ urgency: 'success', text: translate('cei.dashboard.partner.seatsFilled') }]
        : [];
  const sorted = [...teams].sort(
    (a, b) =>
      Number(noPartner.includes(b)) - Number(noPartner.includes(a)) || a.name.localeCompare(b.name),
  );
  return (
    <DashboardSection
      testId="teams"
      title={translate('cei.dashboard.partner.teams')}
      attention={attention}
      links={[
        {
          label: translate('cei.dashboard.partner.reimbursements'),
          to: paths.list('reimbursements'),
        },
      ]}
    >
      {teams.length === 0 ? (
        <EmptyState>{translate('cei.dashboard.partner.none')}</EmptyState>
      ) : (
        <Table size="small">
          <caption>{translate('cei.dashboard.partner.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{translate('cei.dashboard.teams.team')}</TableCell>
              <TableCell scope="col">{translate('cei.dashboard.partner.cohort')}</TableCell>
              <TableCell scope="col">{translate('cei.dashboard.teams.composition')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((team) => (
              <TableRow key={team.id} data-team={team.name}>
                <TableCell component="th" scope="row">
                  <Link to={paths.show('teams', team.id)}>{team.name}</Link>
                </TableCell>
                <TableCell>
                  {team.cohort ? (
                    <Link to={paths.show('cohorts', team.cohort.id)}>{team.cohort.name}</Link>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  <CompositionStatus composition={team.composition} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </DashboardSection>
  );
}
