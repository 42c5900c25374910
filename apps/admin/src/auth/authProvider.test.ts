import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createAuthProvider } from './authProvider';

interface Call {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

function authAnswering(
  respond: (call: Call) => Record<string, unknown>,
  options: Parameters<typeof createAuthProvider>[1] = {},
) {
  const calls: Call[] = [];
  const link = new ApolloLink((operation) => {
    const call = { operationName: operation.operationName, variables: operation.variables };
    calls.push(call);
    return of(respond(call));
  });
  return {
    auth: createAuthProvider(new ApolloClient({ link, cache: new InMemoryCache() }), options),
    calls,
  };
}

const admin = {
  __typename: 'Account',
  id: 'a1',
  displayName: 'Demo CEI Admin',
  email: 'admin@example.org',
  role: 'CEI_ADMIN',
  language: 'en',
  scopeBindings: { __typename: 'ScopeBindingPage', nodes: [] },
};

const liaison = {
  ...admin,
  id: 'a2',
  displayName: 'Demo COE Liaison',
  email: 'liaison@example.org',
  role: 'COE_LIAISON',
  scopeBindings: {
    __typename: 'ScopeBindingPage',
    nodes: [
      {
        __typename: 'ScopeBinding',
        id: 'b1',
        organization: {
          __typename: 'Organization',
          id: 'o33',
          name: 'Riverside County Office of Education',
          kind: 'COUNTY_OFFICE',
        },
        team: null,
      },
    ],
  },
};

describe('signing in', () => {
  it('signs in with the email and password through the signIn mutation', async () => {
    const { auth, calls } = authAnswering(() => ({ data: { signIn: admin } }));
    await auth.login({ email: 'admin@example.org', password: 'secret' });
    expect(calls).toEqual([
      {
        operationName: 'SignIn',
        variables: { input: { email: 'admin@example.org', password: 'secret' } },
      },
    ]);
  });

  it('fails with the server’s message when the credentials are wrong', async () => {
    const { auth } = authAnswering(() => ({
      errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    await expect(auth.login({ email: 'x@example.org', password: 'nope' })).rejects.toMatchObject({
      status: 401,
      message: 'Wrong email or password.',
    });
  });

  it('knows who is signed in, and that no one is when `me` is null', async () => {
    const signedIn = authAnswering(() => ({ data: { me: admin } }));
    await expect(signedIn.auth.checkAuth({})).resolves.toBeUndefined();
    await expect(signedIn.auth.getIdentity?.()).resolves.toMatchObject({
      id: 'a1',
      fullName: 'Demo CEI Admin',
    });
    const anonymous = authAnswering(() => ({ data: { me: null } }));
    await expect(anonymous.auth.checkAuth({})).rejects.toThrow();
  });

  it('sends the user to sign in again when a session ends, not when a record is out of scope', async () => {
    const { auth } = authAnswering(() => ({ data: {} }));
    await expect(auth.checkError({ status: 401 })).rejects.toBeTruthy();
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
  });

  it('gives the signed-in account’s scope bindings with its identity', async () => {
    const { auth } = authAnswering(() => ({ data: { me: liaison } }));
    await expect(auth.getIdentity?.()).resolves.toMatchObject({
      role: 'COE_LIAISON',
      scopeBindings: [{ organization: { name: 'Riverside County Office of Education' } }],
    });
  });

  it('signs out through the signOut mutation', async () => {
    const { auth, calls } = authAnswering(() => ({ data: { signOut: true } }));
    await auth.logout({});
    expect(calls.map((call) => call.operationName)).toEqual(['SignOut']);
  });
});

describe('access control', () => {
  it('decides by the signed-in role, asking who is signed in once for many checks', async () => {
    const { auth, calls } = authAnswering(() => ({ data: { me: liaison } }));
    const checks = await Promise.all([
      auth.canAccess?.({ action: 'list', resource: 'people' }),
      auth.canAccess?.({ action: 'list', resource: 'applications' }),
      auth.canAccess?.({ action: 'create', resource: 'teams' }),
      auth.canAccess?.({ action: 'read', resource: 'people.phone' }),
    ]);
    expect(checks).toEqual([true, false, false, false]);
    expect(calls.map((call) => call.operationName)).toEqual(['Me']);
  });

  it('decides by the account that signed in, without asking again', async () => {
    const { auth, calls } = authAnswering((call) =>
      call.operationName === 'SignIn' ? { data: { signIn: admin } } : { data: { me: null } },
    );
    await auth.login({ email: 'admin@example.org', password: 'secret' });
    await expect(auth.canAccess?.({ action: 'list', resource: 'accounts' })).resolves.toBe(true);
    expect(calls.map((call) => call.operationName)).toEqual(['SignIn']);
  });

  it('refuses everything once signed out', async () => {
    const { auth } = authAnswering((call) =>
      call.operationName === 'SignOut' ? { data: { signOut: true } } : { data: { me: admin } },
    );
    await expect(auth.canAccess?.({ action: 'list', resource: 'accounts' })).resolves.toBe(true);
    await auth.logout({});
    await expect(auth.canAccess?.({ action: 'list', resource: 'cohorts' })).resolves.toBe(false);
  });

  it('asks again who is signed in after the session ended', async () => {
    let current: typeof admin | null = admin;
    const { auth } = authAnswering(() => ({ data: { me: current } }));
    await expect(auth.getPermissions?.({})).resolves.toBe('CEI_ADMIN');
    current = null;
    await expect(auth.checkError({ status: 401 })).rejects.toBeTruthy();
    await expect(auth.getPermissions?.({})).resolves.toBeUndefined();
  });
});

describe('changing one’s password', () => {
  it('sends the current and the new password', async () => {
    const { auth, calls } = authAnswering(() => ({ data: { changePassword: true } }));
    await auth.changePassword({
      currentPassword: 'old-password-1',
      newPassword: 'new-password-12',
    });
    expect(calls).toEqual([
      {
        operationName: 'ChangePassword',
        variables: {
          input: { currentPassword: 'old-password-1', newPassword: 'new-password-12' },
        },
      },
    ]);
  });

  it('fails with the problem under the field it concerns', async () => {
    const { auth } = authAnswering(() => ({
      errors: [
        {
          message: 'Invalid input: input.currentPassword is not your current password.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: 'input.currentPassword', message: 'is not your current password' }],
          },
        },
      ],
    }));
    await expect(
      auth.changePassword({ currentPassword: 'wrong', newPassword: 'new-password-12' }),
    ).rejects.toMatchObject({
      status: 400,
      body: { errors: { currentPassword: 'is not your current password' } },
    });
  });
});

describe('the interface language', () => {
  it('is the account’s once it signs in, when it chose one', async () => {
    const told: string[] = [];
    const onSignIn = (language: string) => told.push(language);
    const spanish = authAnswering(() => ({ data: { signIn: { ...admin, language: 'es' } } }), {
      onSignIn,
    });
    await spanish.auth.login({ email: 'admin@example.org', password: 'secret' });
    await expect(spanish.auth.getIdentity?.()).resolves.toMatchObject({ language: 'es' });
    // An account that never chose leaves the language of the sign-in page as it is.
    const unset = authAnswering(() => ({ data: { signIn: { ...admin, language: null } } }), {
      onSignIn,
    });
    await unset.auth.login({ email: 'admin@example.org', password: 'secret' });
    await expect(unset.auth.getIdentity?.()).resolves.toMatchObject({ language: null });
    expect(told).toEqual(['es']);
  });

  it('is remembered on the account through changeLanguage', async () => {
    const { auth, calls } = authAnswering((call) =>
      call.operationName === 'ChangeLanguage'
        ? { data: { changeLanguage: { ...admin, language: 'es' } } }
        : { data: { me: admin } },
    );
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ language: 'en' });
    await auth.changeLanguage('es');
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ language: 'es' });
    expect(calls).toEqual([
      { operationName: 'Me', variables: {} },
      { operationName: 'ChangeLanguage', variables: { input: { language: 'es' } } },
    ]);
  });
});
