import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateCohortInput!) { updateCohort(id: $id, version: $version, input: $input) { version designee { email } } }';
const READ = 'query ($id: ID!) { cohort(id: $id) { designee { email } } }';

let viewers: DemoViewers;
let cohort: { id: string; version: number };
const accounts: Record<string, string> = {};

async function current(): Promise<{ id: string; version: number }> {
  const [row] = (await context.server
    .em()
    .execute('select id, version from cohort where number = 3')) as {
    id: string;
    version: number;
  }[];
  return row as { id: string; version: number };
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const rows = (await context.server.em().execute('select id, email from account')) as {
    id: string;
    email: string;
  }[];
  for (const row of rows) accounts[row.email] = row.id;
  await context.server
    .em()
    .execute(
      "insert into account (id, version, created_at, updated_at, email, display_name, role, language, disabled_at) values (gen_random_uuid(), 1, now(), now(), 'gone.staff@example.org', 'Gone', 'CEI_STAFF', 'en', now())",
    );
  const [gone] = (await context.server
    .em()
    .execute("select id from account where email = 'gone.staff@example.org'")) as { id: string }[];
  accounts['gone.staff@example.org'] = gone?.id ?? '';
  cohort = await current();
});

describe('Cohort.designee', () => {
  it('is named by a CEI admin, and shown to those who may read accounts', async () => {
    const { data, errors } = await context.server.graphql<{
      updateCohort: { designee: { email: string } };
    }>(UPDATE, {
      id: cohort.id,
      version: cohort.version,
      input: { designeeId: accounts['staff@example.org'] },
    });
    expect(errors).toBeUndefined();
    expect(data?.updateCohort.designee).toEqual({ email: 'staff@example.org' });
    // The staff member reads their own account; a liaison and the public read none.
    for (const [client, expected] of [
      [viewers.staff, { email: 'staff@example.org' }],
      [viewers.liaison, null],
      [context.server.anonymous, null],
    ] as const) {
      const read = await client.graphql<{ cohort: { designee: unknown } }>(READ, { id: cohort.id });
      expect(read.data?.cohort.designee).toEqual(expected);
    }
  });

  it('is cleared with null, and CEI staff may name themselves', async () => {
    cohort = await current();
    const cleared = await context.server.graphql<{ updateCohort: { designee: unknown } }>(UPDATE, {
      id: cohort.id,
      version: cohort.version,
      input: { designeeId: null },
    });
    expect(cleared.data?.updateCohort.designee).toBeNull();
    cohort = await current();
    const self = await viewers.staff.graphql<{ updateCohort: { designee: unknown } }>(UPDATE, {
      id: cohort.id,
      version: cohort.version,
      input: { designeeId: accounts['staff@example.org'] },
    });
    expect(self.data?.updateCohort.designee).toEqual({ email: 'staff@example.org' });
    cohort = await current();
  });

  const refusals: {
    title: string;
    client?: () => GraphqlClient;
    designee: () => string;
    version?: number;
    code: string;
    message: RegExp;
  }[] = [
    {
      title: 'a team lead account',
      designee: () => accounts['lead@example.org'] as string,
      code: 'BAD_USER_INPUT',
      message:
        /must be an active CEI staff or admin account; lead@example.org has the role Team lead/,
    },
    {
      title: 'an API partner account',
      designee: () => accounts['api@example.org'] as string,
      code: 'BAD_USER_INPUT',
      message: /api@example.org has the role API partner/,
    },
    {
      title: 'a disabled staff account',
      designee: () => accounts['gone.staff@example.org'] as string,
      code: 'BAD_USER_INPUT',
      message: /gone.staff@example.org is disabled/,
    },
    {
      title: 'an unknown account',
      designee: () => '00000000-0000-4000-8000-000000000000',
      code: 'BAD_USER_INPUT',
      message: /no Account has id/,
    },
    {
      title: 'a malformed id',
      designee: () => 'someone',
      code: 'BAD_USER_INPUT',
      message: /must be an id/,
    },
    {
      title: 'another account named by CEI staff, who may not read accounts',
      client: () => viewers.staff,
      designee: () => accounts['admin@example.org'] as string,
      code: 'BAD_USER_INPUT',
      message: /no Account has id/,
    },
    {
      title: 'a COE liaison',
      client: () => viewers.liaison,
      designee: () => accounts['staff@example.org'] as string,
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a stale version',
      designee: () => accounts['admin@example.org'] as string,
      version: -1,
      code: 'CONFLICT',
      message: /was changed by someone else/,
    },
  ];

  it.each(refusals)(
    'refuses $title with $code, changing nothing',
    async ({ client, designee, version, code, message }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await (client?.() ?? context.server).graphql(UPDATE, {
        id: cohort.id,
        version: version === undefined ? cohort.version : cohort.version + version,
        input: { designeeId: designee() },
      });
      expect(errors?.[0]?.extensions?.code).toBe(code);
      const problem = errors?.[0]?.extensions?.fields?.find(
        (each) => each.path === 'input.designeeId',
      );
      expect(code === 'BAD_USER_INPUT' ? problem?.message : errors?.[0]?.message).toMatch(message);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
