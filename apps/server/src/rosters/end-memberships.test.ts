import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

/** The most records a bulk step takes (common/bulk.ts). */
const MAX_BULK_RECORDS = 500;

const END_MANY =
  'mutation ($input: EndMembershipsInput!) { endMemberships(input: $input) { id version endedOn endReason endNote team { id } } }';

interface Seat {
  id: string;
  version: number;
  startedOn: string;
}

let viewers: DemoViewers;
let azusa: string;

/** Active memberships matching `where`, in a stable order, with their current version. */
async function seats(where: string, params: unknown[] = [], limit = 2): Promise<Seat[]> {
  const rows = (await context.server
    .em()
    .execute(
      `select m.id, m.version, to_char(m.started_on, 'YYYY-MM-DD') as started_on from membership m join team t on t.id = m.team_id where m.ended_on is null and ${where} order by m.role, m.id limit ${limit}`,
      params,
    )) as { id: string; version: number; started_on: string }[];
  if (rows.length < limit) throw new Error(`fewer than ${limit} memberships where ${where}`);
  return rows.map((row) => ({ id: row.id, version: row.version, startedOn: row.started_on }));
}

const azusaSeats = (limit = 2) => seats('t.id = ?', [azusa], limit);
/** Cohort I's Oxnard team: not Riverside's, not the lead's, and without the demo CBO partner. */
const elsewhereSeats = (limit = 1) => seats("t.name like 'Oxnard%'", [], limit);

const asInput = (list: Seat[], end: Record<string, unknown> = {}) => ({
  input: {
    memberships: list.map(({ id, version }) => ({ id, version })),
    endedOn: '2024-06-30',
    endReason: 'LEFT_POSITION',
    ...end,
  },
});

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const [team] = (await context.server
    .em()
    .execute("select id from team where name like 'Azusa%'")) as { id: string }[];
  azusa = team?.id ?? '';
});

describe('endMemberships', () => {
  it('lets a team lead end several memberships of their own team at once, on one date', async () => {
    const chosen = await azusaSeats(2);
    const { data, errors } = await viewers.lead.graphql<{
      endMemberships: { id: string; version: number; endedOn: string; endNote: string }[];
    }>(END_MANY, asInput(chosen, { endNote: 'The site team changed' }));
    expect(errors).toBeUndefined();
    expect(data?.endMemberships).toEqual(
      chosen.map((seat) =>
        expect.objectContaining({
          id: seat.id,
          version: seat.version + 1,
          endedOn: '2024-06-30',
          endReason: 'LEFT_POSITION',
          endNote: 'The site team changed',
        }),
      ),
    );
    const ended = (await context.server.em().execute(
      "select count(*)::int as n from membership where id in (?, ?) and ended_on = '2024-06-30'",
      chosen.map((seat) => seat.id),
    )) as { n: number }[];
    expect(ended[0]?.n).toBe(2);
  });

  it('lets CEI staff end memberships of different teams in one call, each audited', async () => {
    const chosen = [...(await azusaSeats(1)), ...(await elsewhereSeats(1))];
    const { data, errors } = await viewers.staff.graphql<{
      endMemberships: { id: string; team: { id: string } }[];
    }>(END_MANY, asInput(chosen, { endReason: 'LEFT_ORGANIZATION' }));
    expect(errors).toBeUndefined();
    expect(new Set(data?.endMemberships.map((each) => each.team.id)).size).toBe(2);
    const events = (await context.server.em().execute(
      "select e.entity_id from audit_event e join account a on a.id = e.actor_id where e.entity = 'Membership' and a.email = 'staff@example.org' and e.entity_id in (?, ?)",
      chosen.map((seat) => seat.id),
    )) as { entity_id: string }[];
    expect(events.map((event) => event.entity_id).sort()).toEqual(
      chosen.map((seat) => seat.id).sort(),
    );
  });

  it('names the refused membership in Spanish when asked in Spanish, with the same code', async () => {
    const chosen = [...(await azusaSeats(1)), ...(await elsewhereSeats(1))];
    const response = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'es',
        cookie: viewers.lead.credentials.cookie ?? '',
      },
      body: JSON.stringify({ query: END_MANY, variables: asInput(chosen) }),
    });
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(errors[0]?.extensions.code).toBe('FORBIDDEN');
    expect(errors[0]?.message).toBe(
      `Membresía 1 (registro ${chosen[1]?.id}): No tiene permiso para hacer esto.`,
    );
  });

  /**
   * Each refusal is made of memberships that could be ended on their own, but one: nothing at
   * all may change, and the answer names that one.
   */
  const refusals: {
    title: string;
    client: () => GraphqlClient;
    input: () => Promise<Record<string, unknown>>;
    code: string;
    field?: string;
    message: RegExp;
  }[] = [
    {
      title: "a team lead, with another team's membership second",
      client: () => viewers.lead,
      input: async () => asInput([...(await azusaSeats(1)), ...(await elsewhereSeats(1))]),
      code: 'FORBIDDEN',
      message: /^Membership 1 \([0-9a-f-]+\): You are not allowed/,
    },
    {
      title: 'a membership that already ended',
      client: () => viewers.staff,
      input: async () => {
        const [ended] = (await context.server
          .em()
          .execute(
            'select id, version from membership where ended_on is not null order by id limit 1',
          )) as Seat[];
        return asInput([...(await elsewhereSeats(1)), ended as Seat]);
      },
      code: 'BAD_USER_INPUT',
      field: 'input.memberships.1.endedOn',
      message: /already has an end date/,
    },
    {
      title: 'an end date on or before the start of one of them',
      client: () => viewers.staff,
      input: async () => {
        const chosen = await elsewhereSeats(2);
        const latest = chosen.map((seat) => seat.startedOn).sort()[1] as string;
        return asInput(chosen, { endedOn: latest });
      },
      code: 'BAD_USER_INPUT',
      field: 'input.memberships.',
      message: /must be after the start date/,
    },
    {
      title: 'the same membership twice',
      client: () => viewers.staff,
      input: async () => {
        const [seat] = await elsewhereSeats(1);
        return asInput([seat as Seat, seat as Seat]);
      },
      code: 'BAD_USER_INPUT',
      field: 'input.memberships.1.id',
      message: /names the same record as Membership 0/,
    },
    {
      title: 'a stale version of one',
      client: () => viewers.staff,
      input: async () => {
        const [first, second] = await elsewhereSeats(2);
        return asInput([first as Seat, { ...(second as Seat), version: 0 }]);
      },
      code: 'CONFLICT',
      message: /was changed by someone else/,
    },
    {
      title: 'an unknown membership',
      client: () => viewers.staff,
      input: async () =>
        asInput([
          ...(await elsewhereSeats(1)),
          { id: '00000000-0000-4000-8000-000000000000', version: 1, startedOn: '' },
        ]),
      code: 'NOT_FOUND',
      message: /00000000-0000-4000-8000-000000000000 was not found/,
    },
    {
      title: 'no membership at all',
      client: () => viewers.staff,
      input: async () => asInput([]),
      code: 'BAD_USER_INPUT',
      field: 'input.memberships',
      message: /at least one/,
    },
    {
      title: `more than ${MAX_BULK_RECORDS} memberships`,
      client: () => viewers.staff,
      input: async () => {
        const [seat] = await elsewhereSeats(1);
        return asInput(Array.from({ length: MAX_BULK_RECORDS + 1 }, () => seat as Seat));
      },
      code: 'BAD_USER_INPUT',
      field: 'input.memberships',
      message: new RegExp(`at most ${MAX_BULK_RECORDS}`),
    },
    {
      title: 'a note longer than 1000 characters',
      client: () => viewers.staff,
      input: async () => asInput(await elsewhereSeats(1), { endNote: 'x'.repeat(1001) }),
      code: 'BAD_USER_INPUT',
      field: 'input.endNote',
      message: /1000 characters/,
    },
    {
      title: 'a COE liaison',
      client: () => viewers.liaison,
      input: async () => asInput(await elsewhereSeats(1)),
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a CBO partner',
      client: () => viewers.partner,
      input: async () => asInput(await elsewhereSeats(1)),
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'an API token',
      client: () => viewers.api,
      input: async () => asInput(await elsewhereSeats(1)),
      code: 'FORBIDDEN',
      message: /API tokens are read-only/,
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      input: async () => asInput(await elsewhereSeats(1)),
      code: 'UNAUTHENTICATED',
      message: /Sign in/,
    },
  ];

  it.each(refusals)(
    'refuses $title with $code, ending none',
    async ({ client, input, code, field, message }) => {
      const variables = await input();
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await client().graphql(END_MANY, variables);
      expect(data?.endMemberships ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) {
        const problem = errors?.[0]?.extensions?.fields?.find((each) =>
          field.endsWith('.') ? each.path.startsWith(field) : each.path === field,
        );
        expect(problem?.message, JSON.stringify(errors)).toMatch(message);
      } else {
        expect(errors?.[0]?.message).toMatch(message);
      }
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
