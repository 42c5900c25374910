import { Create, type RedirectionSideEffect, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { MembershipInputs } from './MembershipInputs';

/**
 * Opened from a team's roster or one of its vacancies with the team (and the vacancy's role and
 * today's date) filled in, or from the memberships list. Opened from a team, saving goes back to
 * its roster, where the vacancy now shows filled; otherwise to the new membership.
 */
export function MembershipCreate() {
  const fromTeam = (useLocation().state as { record?: { teamId?: string } } | null)?.record?.teamId;
  const redirect: RedirectionSideEffect = fromTeam
    ? () => `teams/${encodeURIComponent(fromTeam)}/show/roster`
    : 'show';
  return (
    <Create redirect={redirect}>
      <SimpleForm>
        <MembershipInputs creating />
      </SimpleForm>
    </Create>
  );
}
