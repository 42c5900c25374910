import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * A unique value (a person's email) must not tell a viewer that a record they may not read
 * exists: they are told the value is not accepted, in words that do not say why. Staff, who read
 * every record, are told it is already used.
 */

const context = useTestServer({ demo: true });

const CREATE_PERSON =
  'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const UPDATE_PERSON =
  'mutation ($id: ID!, $version: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id } }';

const { sql } = context;

let lead: GraphqlClient;
let staff: GraphqlClient;
/** The email of a student on a team the lead does not lead. */
let strangerEmail: string;
/** A person on the lead's own team, whom the lead may edit. */
let ownMember: { id: string; version: number };

beforeAll(async () => {
  lead = await context.server.signIn('lead@example.org', DEMO_PASSWORD);
  staff = await context.server.signIn('staff@example.org', DEMO_PASSWORD);
  const [stranger] = await sql<{ email: string }>(
    `select p.email from person p join membership m on m.person_id = p.id join team t on t.id = m.team_id
     where p.email is not null and p.kind = 'STUDENT' and t.name not like 'Azusa%'
       and not exists (select 1 from membership own join team ot on ot.id = own.team_id
                       where own.person_id = p.id and ot.name like 'Azusa%')
     limit 1`,
  );
  strangerEmail = stranger?.email as string;
  const [member] = await sql<{ id: string; version: number }>(
    `select p.id, p.version from person p join membership m on m.person_id = p.id join team t on t.id = m.team_id
     where t.name like 'Azusa%' and m.ended_on is null and p.kind = 'PROFESSIONAL' limit 1`,
  );
  ownMember = member as { id: string; version: number };
  expect(strangerEmail).toBeTruthy();
  expect(ownMember).toBeTruthy();
});

describe("a team lead using another team's student's email", () => {
  const cases = [
    {
      title: 'createPerson',
      query: CREATE_PERSON,
      variables: () => ({ input: { givenName: 'Ana', familyName: 'Ruiz', email: strangerEmail } }),
    },
    {
      title: 'updatePerson',
      query: UPDATE_PERSON,
      variables: () => ({
        id: ownMember.id,
        version: ownMember.version,
        input: { email: strangerEmail },
      }),
    },
  ];
  it.each(cases)(
    '$title is told the email is not accepted, not that it is used',
    async ({ query, variables }) => {
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await lead.graphql(query, variables());
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields).toEqual([
        {
          path: 'input.email',
          message: 'is not accepted here; if it is right, ask CEI staff to add it',
        },
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/already|used|exist/i);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});

describe('staff, who read every person', () => {
  it('are told the email is already used', async () => {
    const { errors } = await staff.graphql(CREATE_PERSON, {
      input: { givenName: 'Ana', familyName: 'Ruiz', email: strangerEmail },
    });
    expect(errors?.[0]?.extensions?.fields).toEqual([
      { path: 'input.email', message: 'is already used by another record' },
    ]);
  });
});
