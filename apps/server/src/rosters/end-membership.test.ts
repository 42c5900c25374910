import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const END =
  'mutation ($id: ID!, $version: Int!, $input: EndMembershipInput!) { endMembership(id: $id, version: $version, input: $input) { id version endedOn endReason endNote } }';

interface Seat {
  id: string;
  version: number;
  startedOn: string;
  teamId: string;
}

let viewers: DemoViewers;
let azusa: string;
/** Active memberships: two on the lead's team (Azusa), one on a team outside every scoped viewer's. */
let leadSeat: Seat;
let staffSeat: Seat;
let elsewhere: Seat;

async function seat(where: string, params: unknown[]): Promise<Seat> {
  const [row] = (await context.server
    .em()
    .execute(
      `select m.id, m.version, to_char(m.started_on, 'YYYY-MM-DD') as started_on, m.team_id from membership m join team t on t.id = m.team_id where m.ended_on is null and ${where} order by m.role limit 1`,
      params,
    )) as { id: string; version: number; started_on: string; team_id: string }[];
  if (!row) throw new Error(`no membership where ${where}`);
  return { id: row.id, version: row.version, startedOn: row.started_on, teamId: row.team_id };
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const [team] = (await context.server
    .em()
    .execute("select id from team where name like 'Azusa%'")) as { id: string }[];
  azusa = team?.id ?? '';
  leadSeat = await seat("t.id = ? and m.role = 'DISTRICT_CABINET_LEADER'", [azusa]);
  staffSeat = await seat("t.id = ? and m.role = 'SITE_ADMINISTRATOR'", [azusa]);
  // Cohort I's Oxnard team: not Riverside's, not the lead's, and without the demo CBO partner.
  elsewhere = await seat("t.name like 'Oxnard%' and m.role = 'SITE_STAFF'", []);
});

describe('endMembership', () => {
  it('lets a team lead end a membership on their own team, opening a vacancy due a month later', async () => {
    const { data, errors } = await viewers.lead.graphql<{
      endMembership: { version: number; endedOn: string; endReason: string; endNote: string };
    }>(END, {
      id: leadSeat.id,
      version: leadSeat.version,
      input: {
        endedOn: '2024-01-31',
        endReason: 'LEFT_POSITION',
        endNote: 'Moved to another district',
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.endMembership).toMatchObject({
      version: leadSeat.version + 1,
      endedOn: '2024-01-31',
      endReason: 'LEFT_POSITION',
      endNote: 'Moved to another district',
    });
    const vacancies = await viewers.lead.graphql<{
      team: { vacancies: { role: string; openedOn: string; dueOn: string; status: string }[] };
    }>(
      'query ($id: ID!) { team(id: $id) { vacancies(on: "2024-02-15") { role openedOn dueOn status } } }',
      { id: azusa },
    );
    expect(vacancies.data?.team.vacancies).toContainEqual({
      role: 'DISTRICT_CABINET_LEADER',
      openedOn: '2024-01-31',
      // One calendar month after the 31st of January: the last day of February (a leap year).
      dueOn: '2024-02-29',
      status: 'DUE',
    });
  });

  it('lets CEI staff end any membership, and the audit log names them', async () => {
    const { data, errors } = await viewers.staff.graphql<{ endMembership: { endedOn: string } }>(
      END,
      {
        id: staffSeat.id,
        version: staffSeat.version,
        input: { endedOn: '2024-03-01', endReason: 'LEFT_ORGANIZATION' },
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.endMembership.endedOn).toBe('2024-03-01');
    const [event] = (await context.server
      .em()
      .execute(
        "select e.action, a.email from audit_event e join account a on a.id = e.actor_id where e.entity = 'Membership' and e.entity_id = ?",
        [staffSeat.id],
      )) as { action: string; email: string }[];
    expect(event).toEqual({ action: 'UPDATED', email: 'staff@example.org' });
  });

  const refusals: {
    title: string;
    client: () => GraphqlClient;
    target: () => Seat;
    version?: (seat: Seat) => number;
    input?: Record<string, unknown>;
    code: string;
    field?: string;
    message: RegExp;
  }[] = [
    {
      title: 'a membership that already ended',
      client: () => viewers.staff,
      // Ended by the first test: its version moved on by one.
      target: () => leadSeat,
      version: (seat) => seat.version + 1,
      code: 'BAD_USER_INPUT',
      field: 'endedOn',
      message: /already has an end date \(January 31, 2024\)/,
    },
    {
      title: 'an end date before the start date',
      client: () => viewers.staff,
      target: () => elsewhere,
      input: { endedOn: '2000-01-01', endReason: 'OTHER' },
      code: 'BAD_USER_INPUT',
      field: 'input.endedOn',
      message: /must be after the start date/,
    },
    {
      title: 'an end date on the start date',
      client: () => viewers.staff,
      target: () => elsewhere,
      input: { endedOn: 'START', endReason: 'OTHER' },
      code: 'BAD_USER_INPUT',
      field: 'input.endedOn',
      message: /must be after the start date/,
    },
    {
      title: 'a note longer than 1000 characters',
      client: () => viewers.staff,
      target: () => elsewhere,
      input: { endedOn: '2024-01-31', endReason: 'OTHER', endNote: 'x'.repeat(1001) },
      code: 'BAD_USER_INPUT',
      field: 'input.endNote',
      message: /1000 characters/,
    },
    {
      title: "a team lead, on another team's membership",
      client: () => viewers.lead,
      target: () => elsewhere,
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a COE liaison',
      client: () => viewers.liaison,
      target: () => elsewhere,
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a CBO partner',
      client: () => viewers.partner,
      target: () => elsewhere,
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'an API token',
      client: () => viewers.api,
      target: () => elsewhere,
      code: 'FORBIDDEN',
      message: /API tokens are read-only/,
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      target: () => elsewhere,
      code: 'UNAUTHENTICATED',
      message: /Sign in/,
    },
    {
      title: 'a stale version',
      client: () => viewers.staff,
      target: () => elsewhere,
      version: (seat) => seat.version - 1,
      code: 'CONFLICT',
      message: /was changed by someone else/,
    },
    {
      title: 'an unknown membership',
      client: () => viewers.staff,
      target: () => ({ ...elsewhere, id: '00000000-0000-4000-8000-000000000000' }),
      code: 'NOT_FOUND',
      message: /was not found/,
    },
  ];

  it.each(refusals)(
    'refuses $title with $code, changing nothing',
    async ({ client, target, version, input, code, field, message }) => {
      const seat = target();
      const endedOn = input?.endedOn === 'START' ? seat.startedOn : input?.endedOn;
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await client().graphql(END, {
        id: seat.id,
        version: version ? version(seat) : seat.version,
        input: {
          endReason: 'LEFT_POSITION',
          ...input,
          endedOn: endedOn ?? '2024-01-31',
        },
      });
      expect(data?.endMembership ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) {
        const problem = errors?.[0]?.extensions?.fields?.find((each) => each.path === field);
        expect(problem?.message).toMatch(message);
      } else {
        expect(errors?.[0]?.message).toMatch(message);
      }
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
