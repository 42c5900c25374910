import { Role } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';
import { Account } from './account.entity.js';
import { createAccountRecord } from './account.service.js';
import { SESSION_IDLE_MS } from './credentials.js';
import { Session } from './session.entity.js';
import { SIGN_IN_FAILED } from './sign-in.service.js';

const context = useTestServer();
const PASSWORD = 'a long enough password';
const ME = '{ me { email role } }';

async function newAccount(email: string, role: Role = Role.CEI_STAFF) {
  return createAccountRecord(context.server.em(), {
    email,
    displayName: email,
    role,
    password: PASSWORD,
  });
}

async function signInRaw(email: string, password: string) {
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }',
      variables: { input: { email, password } },
    }),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

describe('sign-in', () => {
  it('starts a session in an HttpOnly, SameSite=Lax cookie that lasts at most 8 hours', async () => {
    await newAccount('staff.one@example.org');
    const { response, body } = await signInRaw('Staff.One@Example.org', PASSWORD);
    expect(body.errors).toBeUndefined();
    const cookie = response.headers
      .getSetCookie()
      .find((header) => header.startsWith('cei_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=28800/);
    expect(cookie).not.toMatch(/Secure/); // only in production
    const client = await context.server.signIn('staff.one@example.org', PASSWORD);
    expect((await client.graphql(ME)).data).toEqual({
      me: { email: 'staff.one@example.org', role: 'CEI_STAFF' },
    });
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    await newAccount('staff.two@example.org');
    const unknown = await signInRaw('nobody@example.org', PASSWORD);
    const wrong = await signInRaw('staff.two@example.org', 'not the password at all');
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: SIGN_IN_FAILED,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: SIGN_IN_FAILED,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.response.headers.getSetCookie()).toEqual([]);
  });

  it('ends a session at sign-out, after 30 idle minutes, after 8 hours, and when the account is disabled', async () => {
    const account = await newAccount('staff.four@example.org');
    const em = () => context.server.em();
    const session = async () => context.server.signIn('staff.four@example.org', PASSWORD);

    const signedOut = await session();
    await signedOut.graphql('mutation { signOut }');
    expect((await signedOut.graphql(ME)).data).toEqual({ me: null });

    const idle = await session();
    await em().nativeUpdate(
      Session,
      { account: account.id, endedAt: null },
      { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) },
    );
    expect((await idle.graphql(ME)).data).toEqual({ me: null });

    const old = await session();
    await em().nativeUpdate(
      Session,
      { account: account.id, endedAt: null },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect((await old.graphql(ME)).data).toEqual({ me: null });

    const disabled = await session();
    await em().nativeUpdate(Account, { id: account.id }, { disabledAt: new Date() });
    expect((await disabled.graphql(ME)).data).toEqual({ me: null });
  });

  it('keeps a used session alive: its last-seen time moves when over a minute old, not more often', async () => {
    const account = await newAccount('staff.session@example.org');
    const client = await context.server.signIn('staff.session@example.org', PASSWORD);
    const lastSeen = async () =>
      (await context.server.em().findOneOrFail(Session, { account: account.id })).lastSeenAt;

    const recent = new Date(Date.now() - 10_000);
    await context.server
      .em()
      .nativeUpdate(Session, { account: account.id }, { lastSeenAt: recent });
    expect((await client.graphql(ME)).data).toEqual({
      me: { email: 'staff.session@example.org', role: 'CEI_STAFF' },
    });
    expect(await lastSeen()).toEqual(recent);

    const stale = new Date(Date.now() - 20 * 60_000);
    await context.server.em().nativeUpdate(Session, { account: account.id }, { lastSeenAt: stale });
    expect((await client.graphql(ME)).data).toEqual({
      me: { email: 'staff.session@example.org', role: 'CEI_STAFF' },
    });
    expect((await lastSeen()).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('treats a tampered cookie as no session, and refuses an unknown bearer token with 401', async () => {
    const client = await context.server.signIn('test-admin@example.org', 'test-admin-password');
    const tampered = `${client.credentials.cookie?.slice(0, -2)}xx`;
    const response = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: tampered },
      body: JSON.stringify({ query: ME }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
    const token = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-real-token' },
      body: JSON.stringify({ query: ME }),
    });
    expect(token.status).toBe(401);
  });

  it('lets a user change their own password, checking the current one', async () => {
    await newAccount('staff.five@example.org');
    const client = await context.server.signIn('staff.five@example.org', PASSWORD);
    const change = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const wrong = await client.graphql(change, {
      input: { currentPassword: 'nope', newPassword: 'another long password' },
    });
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.currentPassword');
    const short = await client.graphql(change, {
      input: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.errors?.[0]?.extensions?.fields?.[0]).toEqual({
      path: 'input.newPassword',
      message: 'must be at least 12 characters',
    });
    expect(
      (
        await client.graphql(change, {
          input: { currentPassword: PASSWORD, newPassword: 'another long password' },
        })
      ).data,
    ).toEqual({ changePassword: true });
    await expect(context.server.signIn('staff.five@example.org', PASSWORD)).rejects.toThrow();
    await context.server.signIn('staff.five@example.org', 'another long password');
  });
});

describe('access declarations at work', () => {
  it('serves public lists to the public and refuses person-level lists and mutations', async () => {
    const { anonymous } = context.server;
    expect(
      (await anonymous.graphql<{ cohorts: { totalCount: number } }>('{ cohorts { totalCount } }'))
        .data?.cohorts.totalCount,
    ).toBe(3);
    expect(
      (await anonymous.graphql('{ people { totalCount } }')).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const before = await databaseSnapshot(context.server.orm);
    const created = await anonymous.graphql(
      'mutation { createCohort(input: { number: 9, name: "IX", phase: CEI_2_0 }) { id } }',
    );
    expect(created.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it('refuses a staff mutation to another role with FORBIDDEN', async () => {
    await newAccount('lead.one@example.org', Role.CEI_STAFF);
    await context.server
      .em()
      .nativeUpdate(Account, { email: 'lead.one@example.org' }, { role: Role.API_PARTNER });
    const client = await context.server.signIn('lead.one@example.org', PASSWORD);
    const result = await client.graphql(
      'mutation { createCohort(input: { number: 9, name: "IX", phase: CEI_2_0 }) { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a mutation sent by GET and a cross-site form post', async () => {
    const query = encodeURIComponent('mutation { signOut }');
    const get = await fetch(`${context.server.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
    const form = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%20%7B%20signOut%20%7D',
    });
    expect(form.status).toBe(400);
  });
});
