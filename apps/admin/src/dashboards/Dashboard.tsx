import { labelOf, Role } from '@cei/domain';
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { type ComponentType, Suspense } from 'react';
import { Link, Title, useCreatePath, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../auth/authProvider';
import { useUiLanguage } from '../common/enums';
import { lazyNamed } from '../common/lazyNamed';

/** Each role's dashboard is its own chunk: a team lead never loads the staff's. */
const ROLE_DASHBOARDS: Record<Role, ComponentType> = {
  CEI_ADMIN: lazyNamed(() => import('./StaffDashboard'), 'StaffDashboard'),
  CEI_STAFF: lazyNamed(() => import('./StaffDashboard'), 'StaffDashboard'),
  COE_LIAISON: lazyNamed(() => import('./LiaisonDashboard'), 'LiaisonDashboard'),
  CBO_PARTNER: lazyNamed(() => import('./PartnerDashboard'), 'PartnerDashboard'),
  TEAM_LEAD: lazyNamed(() => import('./LeadDashboard'), 'LeadDashboard'),
  API_PARTNER: lazyNamed(() => import('./ApiDashboard'), 'ApiDashboard'),
};

/**
 * The home screen: who is signed in, in which role and scope, then that role's dashboard (what
 * needs their attention first, from the server's scoped data).
 */
export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  const language = useUiLanguage();
  if (isPending || !identity) return null;
  const viewer = identity as Identity;
  const role = viewer.role as Role;
  const RoleDashboard = ROLE_DASHBOARDS[role];
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('cei.dashboard.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('cei.dashboard.welcome', { name: viewer.fullName })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('cei.dashboard.signedInAs', {
          email: viewer.email,
          role: labelOf('Role', role, language),
        })}{' '}
        {translate(`cei.dashboard.purpose.${role}`)}
      </Typography>
      <Scope viewer={viewer} />
      <Box sx={{ mt: 2 }}>
        {RoleDashboard && (
          <Suspense fallback={<LinearProgress aria-label={translate('cei.dashboard.loading')} />}>
            <RoleDashboard />
          </Suspense>
        )}
      </Box>
    </Box>
  );
}

/** The records the account's scope is bound to (county offices, organization, teams). */
function Scope({ viewer }: { viewer: Identity }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const heading =
    viewer.role === Role.COE_LIAISON
      ? 'countyOffices'
      : viewer.role === Role.CBO_PARTNER
        ? 'organization'
        : viewer.role === Role.TEAM_LEAD
          ? 'teams'
          : null;
  if (!heading) return null;
  const bindings = viewer.scopeBindings.flatMap((binding) =>
    binding.team
      ? [{ id: binding.id, resource: 'teams', record: binding.team }]
      : binding.organization
        ? [{ id: binding.id, resource: 'organizations', record: binding.organization }]
        : [],
  );
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ mt: 1 }}>
      <Typography variant="body2" component="span">
        {translate(`cei.dashboard.scope.${heading}`)}:
      </Typography>
      {bindings.length === 0 ? (
        <Typography variant="body2" component="span">
          {translate('cei.dashboard.scope.none')}
        </Typography>
      ) : (
        bindings.map((binding) => (
          <Chip
            key={binding.id}
            size="small"
            label={binding.record.name}
            clickable
            component={Link}
            to={createPath({ resource: binding.resource, id: binding.record.id, type: 'show' })}
          />
        ))
      )}
    </Stack>
  );
}
