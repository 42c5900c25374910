import { Role } from '@cei/domain';
import { useGetIdentity } from 'react-admin';
import type { Identity } from './authProvider';

/**
 * A team lead's teams, the only ones whose records they may change (teams are public, so a team
 * picker would otherwise offer every team); undefined for other roles.
 */
export function useOwnTeamIds(): string[] | undefined {
  const { identity } = useGetIdentity();
  const viewer = identity as Identity | undefined;
  if (viewer?.role !== Role.TEAM_LEAD) return undefined;
  return viewer.scopeBindings.flatMap((binding) => (binding.team ? [binding.team.id] : []));
}
