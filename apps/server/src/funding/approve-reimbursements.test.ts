import { beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const APPROVE_MANY =
  'mutation ($input: ApproveReimbursementsInput!) { approveReimbursements(input: $input) { id version status decidedAt } }';
const SUBMIT =
  'mutation ($input: SubmitReimbursementInput!) { submitReimbursement(input: $input) { id version status } }';

interface Claim {
  id: string;
  version: number;
}

let viewers: DemoViewers;
/** Claims the CBO partner submitted for a member of its organization: SUBMITTED. */
const submitted: Claim[] = [];

const { sql } = context;

/** A demo claim in `status`, with its current version. */
async function claimIn(status: string): Promise<Claim> {
  const [claim] = await sql<Claim>(
    'select id, version from reimbursement where status = ? order by id limit 1',
    [status],
  );
  if (!claim) throw new Error(`no ${status} reimbursement`);
  return claim;
}

/** The partner's claims still SUBMITTED, with their current versions. */
async function stillSubmitted(count: number): Promise<Claim[]> {
  const claims = await sql<Claim>(
    `select id, version from reimbursement where status = 'SUBMITTED' and id in (${submitted.map(() => '?').join(', ')}) order by id`,
    submitted.map((claim) => claim.id),
  );
  if (claims.length < count) throw new Error(`fewer than ${count} submitted claims left`);
  return claims.slice(0, count);
}

const asInput = (claims: Claim[]) => ({
  input: { reimbursements: claims.map(({ id, version }) => ({ id, version })) },
});

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const partnerOrg = `select o.id from organization o join scope_binding b on b.organization_id = o.id join account a on a.id = b.account_id where a.email = 'partner@example.org'`;
  const [member] = await sql<{ id: string }>(
    `select m.id from membership m join team t on t.id = m.team_id join cohort c on c.id = t.cohort_id
     where c.number = 1 and m.ended_on is null and m.organization_id in (${partnerOrg}) order by t.name limit 1`,
  );
  const [convening] = await sql<{ id: string }>(
    `select v.id from convening v join convening_cohort l on l.convening_id = v.id join cohort c on c.id = l.cohort_id where c.number = 1 order by v.starts_at limit 1`,
  );
  for (const amount of ['84.42', '120.00', '35.10', '42.00', '18.75', '61.20']) {
    const { data, errors } = await viewers.partner.graphql<{ submitReimbursement: Claim }>(SUBMIT, {
      input: {
        membershipId: member?.id,
        conveningId: convening?.id,
        category: 'MILEAGE',
        amount,
        description: 'Round trip to the convening',
      },
    });
    if (errors || !data) throw new Error(JSON.stringify(errors));
    submitted.push(data.submitReimbursement);
  }
});

describe('approveReimbursements', () => {
  it('lets CEI staff approve several SUBMITTED claims at once', async () => {
    const chosen = await stillSubmitted(2);
    const { data, errors } = await viewers.staff.graphql<{
      approveReimbursements: { id: string; version: number; status: string; decidedAt: string }[];
    }>(APPROVE_MANY, asInput(chosen));
    expect(errors).toBeUndefined();
    expect(data?.approveReimbursements).toEqual(
      chosen.map((claim) => ({
        id: claim.id,
        version: claim.version + 1,
        status: 'APPROVED',
        decidedAt: expect.any(String),
      })),
    );
    const events = await sql<{ entity_id: string }>(
      "select e.entity_id from audit_event e join account a on a.id = e.actor_id where e.entity = 'Reimbursement' and e.action = 'UPDATED' and a.email = 'staff@example.org'",
    );
    expect(events.map((event) => event.entity_id).sort()).toEqual(
      chosen.map((claim) => claim.id).sort(),
    );
  });

  /** Each refusal mixes claims that could be approved with one that cannot: none may change. */
  const refusals: {
    title: string;
    client: () => GraphqlClient;
    input: () => Promise<Record<string, unknown>>;
    code: string;
    field?: string;
    message: RegExp;
  }[] = [
    {
      title: 'an APPROVED claim among them',
      client: () => viewers.staff,
      input: async () => asInput([...(await stillSubmitted(1)), await claimIn('APPROVED')]),
      code: 'BAD_USER_INPUT',
      field: 'input.reimbursements.1.status',
      message: /Reimbursement is Approved; only Submitted reimbursements can be approved/,
    },
    {
      title: 'a REJECTED claim first',
      client: () => viewers.staff,
      input: async () => asInput([await claimIn('REJECTED'), ...(await stillSubmitted(1))]),
      code: 'BAD_USER_INPUT',
      field: 'input.reimbursements.0.status',
      message: /Reimbursement is Rejected; only Submitted reimbursements can be approved/,
    },
    {
      title: 'the same claim twice',
      client: () => viewers.staff,
      input: async () => {
        const [claim] = await stillSubmitted(1);
        return asInput([claim as Claim, claim as Claim]);
      },
      code: 'BAD_USER_INPUT',
      field: 'input.reimbursements.1.id',
      message: /names the same record as Reimbursement 0/,
    },
    {
      title: 'a stale version of one',
      client: () => viewers.staff,
      input: async () => {
        const [first, second] = await stillSubmitted(2);
        return asInput([first as Claim, { ...(second as Claim), version: 0 }]);
      },
      code: 'CONFLICT',
      message: /was changed by someone else/,
    },
    {
      title: 'an unknown claim',
      client: () => viewers.staff,
      input: async () =>
        asInput([
          ...(await stillSubmitted(1)),
          { id: '00000000-0000-4000-8000-000000000000', version: 1 },
        ]),
      code: 'NOT_FOUND',
      message: /00000000-0000-4000-8000-000000000000 was not found/,
    },
    {
      title: 'no claim at all',
      client: () => viewers.staff,
      input: async () => asInput([]),
      code: 'BAD_USER_INPUT',
      field: 'input.reimbursements',
      message: /at least one/,
    },
    {
      // CBO partners submit their members' claims; the decision is CEI staff's.
      title: "a CBO partner, on its own organization's claims",
      client: () => viewers.partner,
      input: async () => asInput(await stillSubmitted(2)),
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a team lead',
      client: () => viewers.lead,
      input: async () => asInput(await stillSubmitted(1)),
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'a COE liaison',
      client: () => viewers.liaison,
      input: async () => asInput(await stillSubmitted(1)),
      code: 'FORBIDDEN',
      message: /not allowed/,
    },
    {
      title: 'an API token',
      client: () => viewers.api,
      input: async () => asInput(await stillSubmitted(1)),
      code: 'FORBIDDEN',
      message: /API tokens are read-only/,
    },
    {
      title: 'the public',
      client: () => context.server.anonymous,
      input: async () => asInput(await stillSubmitted(1)),
      code: 'UNAUTHENTICATED',
      message: /Sign in/,
    },
  ];

  it.each(refusals)(
    'refuses $title with $code, approving none',
    async ({ client, input, code, field, message }) => {
      const variables = await input();
      const before = await databaseSnapshot(context.server.orm);
      const { data, errors } = await client().graphql(APPROVE_MANY, variables);
      expect(data?.approveReimbursements ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) {
        const problem = errors?.[0]?.extensions?.fields?.find((each) => each.path === field);
        expect(problem?.message, JSON.stringify(errors)).toMatch(message);
      } else {
        expect(errors?.[0]?.message).toMatch(message);
      }
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
