import type { Role } from '@cei/domain';

/**
 * Who is asking. Every request carries one; the scope layer restricts every read, count and
 * write to what this viewer may see. Scope bindings are ids of the records the account is bound
 * to (county offices for a liaison, an organization for a CBO partner, teams for a team lead).
 */
export interface Viewer {
  /** Null for the public (no sign-in) and for the system itself. */
  accountId: string | null;
  /** The roster person the account belongs to: people may read their own record. */
  personId: string | null;
  role: Role | null;
  /** How the viewer proved who they are; API tokens are read-only. */
  via: 'session' | 'token' | 'system' | 'public';
  countyOfficeIds: readonly string[];
  organizationIds: readonly string[];
  teamIds: readonly string[];
  /**
   * The session or API token the request came with, for its request and cost budgets
   * (limits/request-limits.ts); token limits an admin set replace the configured defaults.
   */
  credential?: { id: string; requestLimit: number | null; costLimit: number | null };
}

export const publicViewer: Viewer = {
  accountId: null,
  personId: null,
  role: null,
  via: 'public',
  countyOfficeIds: [],
  organizationIds: [],
  teamIds: [],
};

/** The viewer for work the system does itself (reference data, jobs): sees everything. */
export const systemViewer: Viewer = {
  ...publicViewer,
  role: 'CEI_ADMIN',
  via: 'system',
};
