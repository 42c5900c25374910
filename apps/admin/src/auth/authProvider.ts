import type { ApolloClient } from '@apollo/client';
import { type UiLanguage, uiLanguageOf } from '@cei/domain';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { toHttpError } from '../data/errors';
import {
  CHANGE_LANGUAGE,
  CHANGE_PASSWORD,
  ME,
  type ScopeBinding,
  SIGN_IN,
  SIGN_OUT,
  type Viewer,
} from './auth.graphql';
import { type AccessRequest, canAccess } from './canAccess';

/** Who is signed in, as the screens read it (`useGetIdentity`). */
export interface Identity extends UserIdentity {
  email: string;
  role: string;
  /** The language the account chose; null until it chooses. */
  language: UiLanguage | null;
  scopeBindings: ScopeBinding[];
}

export interface CeiAuthProvider extends AuthProvider {
  /** Changes the signed-in user's password; this browser stays signed in, others are not. */
  changePassword(input: { currentPassword: string; newPassword: string }): Promise<void>;
  /** Remembers the signed-in user's interface language on their account. */
  changeLanguage(language: UiLanguage): Promise<void>;
}

export interface AuthOptions {
  /** Told the account's language when one that has chosen a language signs in. */
  onSignIn?: (language: UiLanguage) => void;
}

/**
 * Sign-in through the API's session: `signIn` sets an HttpOnly cookie the browser then sends
 * with every request, `me` says who it belongs to, `signOut` ends it. The app keeps no token.
 *
 * The viewer is remembered between calls: react-admin asks `canAccess` for every menu entry and
 * button, and one `me` per screen (in `checkAuth`) is enough to notice a session that ended.
 */
export function createAuthProvider(
  client: ApolloClient,
  { onSignIn }: AuthOptions = {},
): CeiAuthProvider {
  let remembered: Promise<Viewer | null> | undefined;

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

  function refreshViewer(): Promise<Viewer | null> {
    const viewer = me();
    remembered = viewer;
    viewer.catch(() => {
      if (remembered === viewer) remembered = undefined;
    });
    return viewer;
  }

  const viewer = () => remembered ?? refreshViewer();

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
      remembered = undefined;
      try {
        const { data } = await client.mutate<{ signIn: Viewer }>({
          mutation: SIGN_IN,
          variables: { input: { email: email ?? username, password } },
          fetchPolicy: 'no-cache',
        });
        if (data?.signIn) {
          remembered = Promise.resolve(data.signIn);
          if (data.signIn.language) onSignIn?.(uiLanguageOf(data.signIn.language));
        }
      } catch (error) {
        throw toHttpError(error);
      }
    },

    async logout() {
      remembered = Promise.resolve(null);
      await client.mutate({ mutation: SIGN_OUT, fetchPolicy: 'no-cache' }).catch(() => undefined);
    },

    async checkAuth() {
      if (!(await refreshViewer())) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: { status?: number }) {
      // A session that ended (expired, signed out elsewhere, the account disabled or re-roled)
      // sends the user to sign in again; FORBIDDEN (403) only means this record or action is
      // outside their scope.
      if (error?.status === 401) {
        remembered = undefined;
        throw error;
      }
    },

    async getIdentity(): Promise<Identity> {
      const current = await viewer();
      if (!current) throw new Error('ra.auth.auth_check_error');
      return {
        id: current.id,
        fullName: current.displayName,
        email: current.email,
        role: current.role,
        language: current.language ? uiLanguageOf(current.language) : null,
        scopeBindings: current.scopeBindings.nodes,
      };
    },

    async getPermissions() {
      return (await viewer())?.role;
    },

    async canAccess(request: AccessRequest) {
      return canAccess((await viewer())?.role, request);
    },

    async changePassword(input) {
      try {
        await client.mutate({ mutation: CHANGE_PASSWORD, variables: { input } });
      } catch (error) {
        throw toHttpError(error);
      }
    },

    async changeLanguage(language) {
      try {
        const { data } = await client.mutate<{ changeLanguage: Viewer }>({
          mutation: CHANGE_LANGUAGE,
          variables: { input: { language } },
          fetchPolicy: 'no-cache',
        });
        if (data?.changeLanguage) remembered = Promise.resolve(data.changeLanguage);
      } catch (error) {
        throw toHttpError(error);
      }
    },
  };
}
