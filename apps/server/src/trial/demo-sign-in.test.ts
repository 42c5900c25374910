import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';

const QUERY = '{ demoSignIns { email role password } }';

describe('the demo sign-ins of a trial install', () => {
  const context = useTestServer({ demo: true });

  it('are given to the public, one per role, with the demo password, when the demo data is loaded', async () => {
    const { data, errors } = await context.server.anonymous.graphql<{
      demoSignIns: { email: string; role: string; password: string }[];
    }>(QUERY);
    expect(errors).toBeUndefined();
    expect(data?.demoSignIns.map(({ email, role }) => `${role} ${email}`)).toEqual([
      'CEI_ADMIN admin@example.org',
      'CEI_STAFF staff@example.org',
      'COE_LIAISON liaison@example.org',
      'CBO_PARTNER partner@example.org',
      'TEAM_LEAD lead@example.org',
      'API_PARTNER api@example.org',
    ]);
    // The password they give signs in.
    const first = data?.demoSignIns[0];
    if (!first) throw new Error('no demo sign-in');
    const client = await context.server.signIn(first.email, first.password);
    expect((await client.graphql<{ me: { email: string } }>('{ me { email } }')).data?.me).toEqual({
      email: 'admin@example.org',
    });
  });
});

describe('an installation without the demo data', () => {
  const context = useTestServer();

  it('gives no demo sign-in', async () => {
    const { data, errors } = await context.server.anonymous.graphql(QUERY);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ demoSignIns: [] });
  });
});
