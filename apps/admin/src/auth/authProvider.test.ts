import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createAuthProvider } from './authProvider';

interface Call {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

function authAnswering(respond: (call: Call) => Record<string, unknown>) {
  const calls: Call[] = [];
  const link = new ApolloLink((operation) => {
    const call = { operationName: operation.operationName, variables: operation.variables };
    calls.push(call);
    return of(respond(call));
  });
  return {
    auth: createAuthProvider(new ApolloClient({ link, cache: new InMemoryCache() })),
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

  it('signs out through the signOut mutation', async () => {
    const { auth, calls } = authAnswering(() => ({ data: { signOut: true } }));
    await auth.logout({});
    expect(calls.map((call) => call.operationName)).toEqual(['SignOut']);
  });
});
