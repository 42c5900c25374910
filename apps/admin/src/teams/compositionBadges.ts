import type { RoleCoverage } from './team.graphql';

/** Where a role stands on a team: filled, missing (required and empty) or open (optional). */
export type CoverageState = 'filled' | 'missing' | 'open';

export function coverageState(coverage: RoleCoverage): CoverageState {
  if (coverage.isMissing) return 'missing';
  return coverage.activeCount > 0 ? 'filled' : 'open';
}

/**
 * The roles in the order a reader scans them: what is missing first, then what is filled, then
 * optional roles nobody holds, each group in the domain's role order (the server's).
 */
export function badgeOrder(roles: readonly RoleCoverage[]): RoleCoverage[] {
  const rank: Record<CoverageState, number> = { missing: 0, filled: 1, open: 2 };
  return roles
    .map((coverage, index) => ({ coverage, index }))
    .sort(
      (a, b) =>
        rank[coverageState(a.coverage)] - rank[coverageState(b.coverage)] || a.index - b.index,
    )
    .map(({ coverage }) => coverage);
}
