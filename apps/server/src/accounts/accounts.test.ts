import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';
import { ApiToken } from './session.entity.js';

const context = useTestServer();
const PASSWORD = 'liaison password 1';
const CREATE =
  'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version role scopeBindings { nodes { organization { name } } } } }';
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: $version, input: $input) { id version role disabledAt } }';

async function countyOffice(code: string): Promise<string> {
  const { data } = await context.server.graphql<{
    organizations: { nodes: { id: string; countyCode: string }[] };
  }>('{ organizations(filter: { kind: COUNTY_OFFICE }, limit: 100) { nodes { id countyCode } } }');
  return data?.organizations.nodes.find((node) => node.countyCode === code)?.id ?? '';
}

describe('account administration', () => {
  it('creates a liaison bound to a county office, who can then sign in', async () => {
    const { data, errors } = await context.server.graphql<{
      createAccount: {
        role: string;
        scopeBindings: { nodes: { organization: { name: string } }[] };
      };
    }>(CREATE, {
      input: {
        email: 'new.liaison@example.org',
        role: 'COE_LIAISON',
        password: PASSWORD,
        organizationIds: [await countyOffice('27')],
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.createAccount.scopeBindings.nodes).toEqual([
      { organization: { name: 'Monterey County Office of Education' } },
    ]);
    const liaison = await context.server.signIn('new.liaison@example.org', PASSWORD);
    expect((await liaison.graphql('{ me { role } }')).data).toEqual({
      me: { role: 'COE_LIAISON' },
    });
  });

  it.each([
    {
      title: 'a liaison without a county office',
      input: { email: 'a@example.org', role: 'COE_LIAISON', password: PASSWORD },
      field: 'input.scope',
    },
    {
      title: 'a short password',
      input: { email: 'b@example.org', role: 'CEI_STAFF', password: 'short' },
      field: 'input.password',
    },
    {
      title: 'a malformed email',
      input: { email: 'nope', role: 'CEI_STAFF' },
      field: 'input.email',
    },
    {
      title: 'a duplicate email',
      input: { email: 'test-admin@example.org', role: 'CEI_STAFF' },
      field: 'input.email',
    },
  ])('refuses $title, changing nothing', async ({ input, field }) => {
    const before = await databaseSnapshot(context.server.orm);
    const { errors } = await context.server.graphql(CREATE, { input });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toContain(field);
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it("ends an account's sessions at once when its role changes or it is disabled", async () => {
    const { data } = await context.server.graphql<{
      createAccount: { id: string; version: number };
    }>(CREATE, {
      input: { email: 'changing@example.org', role: 'CEI_STAFF', password: PASSWORD },
    });
    const account = data?.createAccount;
    const session = await context.server.signIn('changing@example.org', PASSWORD);
    const changed = await context.server.graphql<{ updateAccount: { version: number } }>(UPDATE, {
      id: account?.id,
      version: account?.version,
      input: { role: 'API_PARTNER' },
    });
    expect(changed.errors).toBeUndefined();
    expect((await session.graphql('{ me { role } }')).data).toEqual({ me: null });
    const again = await context.server.signIn('changing@example.org', PASSWORD);
    await context.server.graphql(UPDATE, {
      id: account?.id,
      version: changed.data?.updateAccount.version,
      input: { disabled: true },
    });
    expect((await again.graphql('{ me { role } }')).data).toEqual({ me: null });
    await expect(context.server.signIn('changing@example.org', PASSWORD)).rejects.toThrow();
  });

  it('refuses mass assignment: a role or scope is not a field of any other input', async () => {
    const { data } = await context.server.graphql<{
      people: { nodes: { id: string; version: number }[] };
    }>('{ people(limit: 1) { nodes { id version } } }');
    const person = data?.people.nodes[0];
    const result = await context.server.graphql(
      'mutation ($id: ID!, $version: Int!) { updatePerson(id: $id, version: $version, input: { role: CEI_ADMIN }) { id } }',
      person ?? { id: '00000000-0000-4000-8000-000000000000', version: 1 },
    );
    expect(result.errors?.[0]?.extensions?.code).toMatch(
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
    );
    const staff = await context.server.signIn('new.liaison@example.org', PASSWORD);
    const me = await staff.graphql<{ me: { id: string; version: number } }>(
      '{ me { id version } }',
    );
    const escalate = await staff.graphql(UPDATE, {
      id: me.data?.me.id,
      version: me.data?.me.version,
      input: { role: 'CEI_ADMIN' },
    });
    expect(escalate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('API tokens', () => {
  it('are shown once, read with a bearer header, never write, and stop at revocation or expiry', async () => {
    const { data: created } = await context.server.graphql<{ createAccount: { id: string } }>(
      CREATE,
      { input: { email: 'research@example.org', role: 'API_PARTNER' } },
    );
    const issue =
      'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id name } } }';
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { data } = await context.server.graphql<{
      issueApiToken: { token: string; apiToken: { id: string } };
    }>(issue, {
      input: { accountId: created?.createAccount.id, name: 'Research dashboard', expiresAt },
    });
    const token = data?.issueApiToken.token ?? '';
    expect(token).toMatch(/^cei_[A-Za-z0-9_-]{43}$/);
    const stored = await context.server
      .em()
      .findOneOrFail(ApiToken, { id: data?.issueApiToken.apiToken.id });
    expect(stored.tokenHash).not.toContain(token.slice(4));

    const partner = context.server.withToken(token);
    expect((await partner.graphql('{ cohorts { totalCount } }')).data).toEqual({
      cohorts: { totalCount: 3 },
    });
    const write = await partner.graphql('mutation { signOut }');
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await context.server.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', {
      id: data?.issueApiToken.apiToken.id,
    });
    const revoked = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ cohorts { totalCount } }' }),
    });
    expect(revoked.status).toBe(401);

    const { data: second } = await context.server.graphql<{
      issueApiToken: { token: string; apiToken: { id: string } };
    }>(issue, {
      input: { accountId: created?.createAccount.id, name: 'Expiring', expiresAt },
    });
    await context.server
      .em()
      .nativeUpdate(
        ApiToken,
        { id: second?.issueApiToken.apiToken.id },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    const expired = await context.server
      .withToken(second?.issueApiToken.token ?? '')
      .graphql('{ cohorts { totalCount } }');
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
