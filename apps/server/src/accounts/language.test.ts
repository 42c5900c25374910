import { Role } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';
import { createAccountRecord } from './account.service.js';

const context = useTestServer();
const PASSWORD = 'a long enough password';
const CHANGE = `mutation ($input: ChangeLanguageInput!) {
  changeLanguage(input: $input) { email language }
}`;

async function newAccount(email: string, role: Role) {
  return createAccountRecord(context.server.em(), {
    email,
    displayName: email,
    role,
    password: PASSWORD,
  });
}

async function languagesByEmail(): Promise<Record<string, string | null>> {
  const rows = (await context.server
    .em()
    .getConnection()
    .execute('select email, language from account order by email')) as {
    email: string;
    language: string | null;
  }[];
  return Object.fromEntries(rows.map((row) => [row.email, row.language]));
}

describe('an account’s interface language', () => {
  it('is unset until chosen, then stored, and comes back with the next sign-in', async () => {
    await newAccount('staff.lang@example.org', Role.CEI_STAFF);
    const client = await context.server.signIn('staff.lang@example.org', PASSWORD);
    expect((await client.graphql('{ me { language } }')).data).toEqual({
      me: { language: null },
    });

    const changed = await client.graphql(CHANGE, { input: { language: 'es' } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({
      changeLanguage: { email: 'staff.lang@example.org', language: 'es' },
    });
    expect((await languagesByEmail())['staff.lang@example.org']).toBe('es');

    const signIn = await context.server.anonymous.graphql<{ signIn: { language: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { language } }',
      { input: { email: 'staff.lang@example.org', password: PASSWORD } },
    );
    expect(signIn.data?.signIn.language).toBe('es');
    const again = await context.server.signIn('staff.lang@example.org', PASSWORD);
    expect((await again.graphql('{ me { language } }')).data).toEqual({ me: { language: 'es' } });

    await again.graphql(CHANGE, { input: { language: 'en' } });
    expect((await client.graphql('{ me { language } }')).data).toEqual({ me: { language: 'en' } });
  });

  it('changes for any role, on the viewer’s own account only', async () => {
    await newAccount('api.lang@example.org', Role.API_PARTNER);
    await newAccount('admin.lang@example.org', Role.CEI_ADMIN);
    await newAccount('other.lang@example.org', Role.CEI_STAFF);
    const before = await languagesByEmail();
    const partner = await context.server.signIn('api.lang@example.org', PASSWORD);
    const admin = await context.server.signIn('admin.lang@example.org', PASSWORD);

    expect((await partner.graphql(CHANGE, { input: { language: 'es' } })).errors).toBeUndefined();
    expect((await admin.graphql(CHANGE, { input: { language: 'es' } })).errors).toBeUndefined();

    // The mutation takes no account: each changed their own, nobody else's.
    expect(await languagesByEmail()).toEqual({
      ...before,
      'api.lang@example.org': 'es',
      'admin.lang@example.org': 'es',
    });
  });

  it('is audited like any change of a record', async () => {
    const account = await newAccount('audited.lang@example.org', Role.CEI_STAFF);
    const client = await context.server.signIn('audited.lang@example.org', PASSWORD);
    await client.graphql(CHANGE, { input: { language: 'es' } });
    const events = (await context.server
      .em()
      .getConnection()
      .execute(
        "select action, actor_id, changes from audit_event where entity = 'Account' and entity_id = ? and action = 'UPDATED'",
        [account.id],
      )) as { action: string; actor_id: string; changes: Record<string, unknown> }[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_id: account.id, changes: { language: [null, 'es'] } });
  });

  const refused: {
    title: string;
    language: string;
    as: 'public' | 'token' | 'session';
    code: string;
    field?: string;
  }[] = [
    {
      title: 'a language the interface does not have',
      language: 'fr',
      as: 'session',
      code: 'BAD_USER_INPUT',
      field: 'input.language',
    },
    { title: 'the public', language: 'es', as: 'public', code: 'UNAUTHENTICATED' },
    { title: 'an API token (read-only)', language: 'es', as: 'token', code: 'FORBIDDEN' },
  ];

  it.each(refused)(
    'is refused for $title, changing nothing',
    async ({ language, as, code, field }) => {
      const email = `refused.${as}@example.org`;
      const account = await newAccount(email, as === 'token' ? Role.API_PARTNER : Role.CEI_STAFF);
      let client = context.server.anonymous;
      if (as === 'session') client = await context.server.signIn(email, PASSWORD);
      if (as === 'token') {
        const issued = await context.server.graphql<{ issueApiToken: { token: string } }>(
          'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
          {
            input: {
              accountId: account.id,
              name: 'Test token',
              expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
            },
          },
        );
        client = context.server.withToken(issued.data?.issueApiToken.token ?? '');
        await client.graphql('{ me { id } }');
      }
      const before = await databaseSnapshot(context.server.orm);

      const result = await client.graphql(CHANGE, { input: { language } });

      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(result.errors?.[0]?.extensions?.fields?.[0]?.path).toBe(field);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
