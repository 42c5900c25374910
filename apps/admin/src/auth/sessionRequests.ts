import type { UiLanguage } from '@cei/domain';
import type { Credentials } from './SignInForm';

/**
 * The first page's two requests, made with `fetch`: Apollo Client loads with the rest of the app,
 * after signing in. Same endpoint and cookie session as the app's (auth/authProvider.ts), and the
 * same `Accept-Language`, so the server's messages come in the page's language.
 */

/** The server could not be reached, or did not answer in GraphQL. */
export class ServerUnreachable extends Error {}

async function graphql<T>(
  query: string,
  variables: Record<string, unknown>,
  language: UiLanguage,
): Promise<T> {
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ query, variables }),
    });
    body = await response.json();
  } catch (error) {
    throw new ServerUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!body.data) throw new ServerUnreachable('The answer held no data.');
  return body.data;
}

/** Whether this browser's session belongs to an account (an ended session does not). */
export async function isSignedIn(language: UiLanguage): Promise<boolean> {
  const data = await graphql<{ me: { id: string } | null }>(
    'query SignedIn { me { id } }',
    {},
    language,
  );
  return data.me !== null;
}

/** Signs in (the server sets the session cookie); the account's language, if it chose one. */
export async function signIn(
  credentials: Credentials,
  language: UiLanguage,
): Promise<{ language: string | null }> {
  const data = await graphql<{ signIn: { id: string; language: string | null } }>(
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id language } }',
    { input: credentials },
    language,
  );
  return data.signIn;
}

export interface DemoSignIn {
  email: string;
  role: string;
  password: string;
}

/** The demo accounts of a trial install (none elsewhere); none when the server cannot say. */
export async function demoSignIns(language: UiLanguage): Promise<DemoSignIn[]> {
  try {
    const data = await graphql<{ demoSignIns: DemoSignIn[] }>(
      'query DemoSignIns { demoSignIns { email role password } }',
      {},
      language,
    );
    return data.demoSignIns;
  } catch {
    return [];
  }
}
