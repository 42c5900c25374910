import type { Role } from '@cei/domain';
import type { AuthProvider } from 'react-admin';
import type { ScopeBinding } from '../auth/auth.graphql';
import type { Identity } from '../auth/authProvider';
import { canAccess } from '../auth/canAccess';

/**
 * An auth provider signed in as `role`, deciding access with the app's own rules, for component
 * tests of what a role is shown. (The browser tests sign in for real: e2e/.)
 */
export function signedInAs(role: Role, scopeBindings: ScopeBinding[] = []): AuthProvider {
  const identity: Identity = {
    id: `account-${role}`,
    fullName: `Test ${role}`,
    email: `${role.toLowerCase()}@example.org`,
    role,
    language: null,
    scopeBindings,
  };
  return {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => identity,
    getPermissions: async () => role,
    canAccess: async (request) => canAccess(role, request),
  };
}
