import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import type { GraphqlClient, TestServer } from './test-server.js';

/** A client per demo role, on a server started with `demo: true`. */
export interface DemoViewers {
  staff: GraphqlClient;
  /** Riverside County Office of Education. */
  liaison: GraphqlClient;
  /** The first demo CBO: on every third team. */
  partner: GraphqlClient;
  /** Lead of the Azusa team. */
  lead: GraphqlClient;
  /** An API token of api@example.org. */
  api: GraphqlClient;
}

/**
 * Signs in every demo role and issues the API partner a token. Each client makes one request
 * here, so the sign-in bookkeeping (session and token "last seen") is done before a test takes
 * a database snapshot.
 */
export async function demoViewers(server: TestServer): Promise<DemoViewers> {
  const signIn = (email: string) => server.signIn(email, DEMO_PASSWORD);
  const [staff, liaison, partner, lead] = await Promise.all([
    signIn('staff@example.org'),
    signIn('liaison@example.org'),
    signIn('partner@example.org'),
    signIn('lead@example.org'),
  ]);
  const [account] = (await server
    .em()
    .execute("select id from account where email = 'api@example.org'")) as { id: string }[];
  const issued = await server.graphql<{ issueApiToken: { token: string } }>(
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
    {
      input: {
        accountId: account?.id,
        name: 'Test token',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  const api = server.withToken(issued.data?.issueApiToken.token ?? '');
  const viewers: DemoViewers = { staff, liaison, partner, lead, api };
  for (const client of Object.values(viewers)) await client.graphql('{ me { id } }');
  return viewers;
}
