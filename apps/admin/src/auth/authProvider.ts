import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { toHttpError } from '../data/errors';
import { ME, SIGN_IN, SIGN_OUT, type Viewer } from './auth.graphql';

/**
 * Sign-in through the API's session: `signIn` sets an HttpOnly cookie the browser then sends
 * with every request, `me` says who it belongs to, `signOut` ends it. The app keeps no token.
 */
export function createAuthProvider(client: ApolloClient): AuthProvider {
  async function me(): Promise<Viewer | null> {
    try {
      const { data } = await client.query<{ me: Viewer | null }>({
        query: ME,
        fetchPolicy: 'no-cache',
      });
      return data?.me ?? null;
    } catch (error) {
      throw toHttpError(error);
    }
  }

  return {
    async login({
      username,
      email,
      password,
    }: {
      username?: string;
      email?: string;
      password: string;
    }) {
      try {
        await client.mutate({
          mutation: SIGN_IN,
          variables: { input: { email: email ?? username, password } },
          fetchPolicy: 'no-cache',
        });
      } catch (error) {
        throw toHttpError(error);
      }
    },

    async logout() {
      await client.mutate({ mutation: SIGN_OUT, fetchPolicy: 'no-cache' }).catch(() => undefined);
    },

    async checkAuth() {
      if (!(await me())) throw new Error('Sign in first.');
    },

    async checkError(error: { status?: number }) {
      // A session that ended (expired, signed out elsewhere) sends the user to sign in again;
      // FORBIDDEN (403) only means this record or action is outside their scope.
      if (error?.status === 401) throw error;
    },

    async getIdentity() {
      const viewer = await me();
      if (!viewer) throw new Error('Sign in first.');
      return {
        id: viewer.id,
        fullName: viewer.displayName,
        email: viewer.email,
        role: viewer.role,
      };
    },

    async getPermissions() {
      return (await me())?.role;
    },
  };
}
