import { useCallback } from 'react';
import { useAuthProvider, usePermissions } from 'react-admin';
import { type AccessAction, canAccess } from './canAccess';

export interface Access {
  /** Whether the signed-in role may do `action` on `resource` (see canAccess.ts). */
  can(action: AccessAction, resource: string): boolean;
  /** True while the role loads; `can` then refuses everything. */
  isPending: boolean;
}

/**
 * The access rules bound to the signed-in role, answered at once: for screens that decide several
 * things before their first query (which columns, filters and sort a list asks for), and for
 * links in every row. react-admin's own `useCanAccess` asks the auth provider once per check.
 * Without an auth provider (component tests) everything is allowed, as react-admin does.
 */
export function useAccess(): Access {
  const authProvider = useAuthProvider();
  const { permissions: role, isPending } = usePermissions<string | undefined>();
  const can = useCallback(
    (action: AccessAction, resource: string) =>
      !authProvider || canAccess(role, { action, resource }),
    [authProvider, role],
  );
  return { can, isPending: !!authProvider && isPending };
}
