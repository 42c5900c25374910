import { labelOf, Role } from '@cei/domain';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, Title, useCreatePath, useGetIdentity } from 'react-admin';
import type { Identity } from '../auth/authProvider';
import { useUiLanguage } from '../common/enums';

/** What each role works on (domain.md, "Who uses it"), so a user knows why they see what they see. */
const ROLE_PURPOSE: Record<Role, string> = {
  CEI_ADMIN: 'You administer every record of the program, and the accounts.',
  CEI_STAFF: 'You administer every record of the program.',
  COE_LIAISON:
    'You follow the teams of the districts in your county offices: their composition, vacancies and metrics, and your check-ins. Students’ and family members’ names are not shown to you.',
  CBO_PARTNER:
    'You see the teams your organization has members on, their convenings and your organization’s reimbursements.',
  TEAM_LEAD:
    'You keep your team’s roster (filling vacancies), see its attendance, funding and outcomes.',
  API_PARTNER:
    'You see the directory and statewide outcomes; no person-level data. Your programs read the same through API tokens.',
};

/** The home screen: who is signed in, in which role, and which records their scope covers. */
export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  const language = useUiLanguage();
  if (isPending || !identity) return null;
  const viewer = identity as Identity;
  const role = viewer.role as Role;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="CEI Admin" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          Welcome, {viewer.fullName}
        </Typography>
        <Typography variant="body1" gutterBottom>
          Signed in as {viewer.email}, {labelOf('Role', role, language)}.
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {ROLE_PURPOSE[role]}
        </Typography>
        <Scope viewer={viewer} />
      </CardContent>
    </Card>
  );
}

function Scope({ viewer }: { viewer: Identity }) {
  const createPath = useCreatePath();
  if (viewer.role === Role.CEI_ADMIN || viewer.role === Role.CEI_STAFF) return null;
  const bindings = viewer.scopeBindings;
  const heading =
    viewer.role === Role.COE_LIAISON
      ? 'Your county offices'
      : viewer.role === Role.CBO_PARTNER
        ? 'Your organization'
        : viewer.role === Role.TEAM_LEAD
          ? 'Your teams'
          : null;
  if (!heading) return null;
  return (
    <section aria-label={heading}>
      <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        {heading}
      </Typography>
      {bindings.length === 0 ? (
        <Typography variant="body2">
          None yet: ask a CEI administrator to set your scope.
        </Typography>
      ) : (
        <Stack direction="row" gap={1} flexWrap="wrap">
          {bindings.map((binding) => {
            const target = binding.team
              ? { resource: 'teams', record: binding.team }
              : binding.organization
                ? { resource: 'organizations', record: binding.organization }
                : null;
            if (!target) return null;
            return (
              <Chip
                key={binding.id}
                label={target.record.name}
                clickable
                component={Link}
                to={createPath({ resource: target.resource, id: target.record.id, type: 'show' })}
              />
            );
          })}
        </Stack>
      )}
    </section>
  );
}
