import { addDays, todayInPacific } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer({ demo: true });

const STIPEND = 'id version status amount programYear dueOn approvedAt paidOn';
const CREATE_STIPEND = `mutation ($input: CreateStipendInput!) { createStipend(input: $input) { ${STIPEND} } }`;
const UPDATE_STIPEND = `mutation ($id: ID!, $version: Int!, $input: UpdateStipendInput!) { updateStipend(id: $id, version: $version, input: $input) { ${STIPEND} } }`;
const APPROVE_STIPEND = `mutation ($id: ID!, $version: Int!) { approveStipend(id: $id, version: $version) { ${STIPEND} } }`;
const PAY_STIPEND = `mutation ($id: ID!, $version: Int!, $input: PayInput!) { payStipend(id: $id, version: $version, input: $input) { ${STIPEND} } }`;
const DELETE_STIPEND = 'mutation ($id: ID!) { deleteStipend(id: $id) }';

const CLAIM = 'id version status amount category description decidedAt paidOn rejectionReason';
const SUBMIT = `mutation ($input: SubmitReimbursementInput!) { submitReimbursement(input: $input) { ${CLAIM} } }`;
const APPROVE_CLAIM = `mutation ($id: ID!, $version: Int!) { approveReimbursement(id: $id, version: $version) { ${CLAIM} } }`;
const REJECT_CLAIM = `mutation ($id: ID!, $version: Int!, $input: RejectReimbursementInput!) { rejectReimbursement(id: $id, version: $version, input: $input) { ${CLAIM} } }`;
const PAY_CLAIM = `mutation ($id: ID!, $version: Int!, $input: PayInput!) { payReimbursement(id: $id, version: $version, input: $input) { ${CLAIM} } }`;

const SUMMARY = `query ($cohortId: ID, $programYear: String) { fundingSummary(cohortId: $cohortId, programYear: $programYear) {
  programYear cohort { name } appropriation stipendsPlanned stipendsApproved stipendsPaid
  reimbursementsSubmitted reimbursementsApproved reimbursementsPaid committed remaining } }`;

interface Record_ {
  id: string;
  version: number;
  status: string;
  [field: string]: unknown;
}

const today = () => todayInPacific(new Date());
const { sql } = context;
const one = async <T>(query: string, params: unknown[] = []) =>
  (await sql<T>(query, params))[0] as T;

async function ok<T = Record_>(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { data, errors } = await client.graphql<Record<string, T>>(query, variables);
  if (errors) throw new Error(JSON.stringify(errors));
  return Object.values(data ?? {})[0] as T;
}

/** Runs a mutation that must be refused, and checks it changed nothing. */
async function refused(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<NonNullable<GraphqlResponse['errors']>[number]> {
  const before = await databaseSnapshot(context.server.orm);
  const { errors } = await client.graphql(query, variables);
  expect(errors, 'the mutation was refused').toBeDefined();
  expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  return errors?.[0] as NonNullable<GraphqlResponse['errors']>[number];
}

async function refusedAsBadInput(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  message?: RegExp,
) {
  const error = await refused(client, query, variables);
  expect(error.extensions?.code, error.message).toBe('BAD_USER_INPUT');
  expect(error.extensions?.fields?.map((problem) => problem.path)).toContain(field);
  if (message) expect(error.message).toMatch(message);
}

let staff: GraphqlClient;
let liaison: GraphqlClient;
let partner: GraphqlClient;
let lead: GraphqlClient;
let cohortIII: { id: string };
/** Two teams of Cohort III (2022-23 and 2023-24), created for these tests. */
let teamA: string;
let teamB: string;
let cohortITeam: string;

beforeAll(async () => {
  const server = context.server;
  const signIn = (name: string) => server.signIn(`${name}@example.org`, DEMO_PASSWORD);
  staff = await signIn('staff');
  liaison = await signIn('liaison');
  partner = await signIn('partner');
  lead = await signIn('lead');
  cohortIII = await one<{ id: string }>('select id from cohort where number = 3');
  const leas = await sql<{ id: string }>(
    `select o.id from organization o where o.kind = 'LEA' order by o.name limit 2`,
  );
  const createTeam = (leaId: string) =>
    ok<{ id: string }>(
      server,
      'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      {
        input: {
          cohortId: cohortIII.id,
          leadLeaId: leaId,
          joinedOn: '2022-08-15',
          commitmentEndsOn: '2024-06-30',
        },
      },
    );
  teamA = (await createTeam(leas[0]?.id ?? '')).id;
  teamB = (await createTeam(leas[1]?.id ?? '')).id;
  cohortITeam = (
    await one<{ id: string }>(
      `select t.id from team t join cohort c on c.id = t.cohort_id where c.number = 1 order by t.name limit 1`,
    )
  ).id;
});

describe('stipends', () => {
  let stipend: Record_;

  it("puts a PLANNED stipend on a team's schedule, for the cohort's amount by default", async () => {
    stipend = await ok(staff, CREATE_STIPEND, {
      input: { teamId: teamA, programYear: '2022-23', dueOn: '2022-10-15' },
    });
    expect(stipend).toMatchObject({
      status: 'PLANNED',
      amount: '30000.00',
      programYear: '2022-23',
      dueOn: '2022-10-15',
      approvedAt: null,
      paidOn: null,
    });
  });

  it('takes an amount given, as an exact decimal', async () => {
    const other = await ok(staff, CREATE_STIPEND, {
      input: { teamId: teamA, programYear: '2023-24', amount: '15000.5' },
    });
    expect(other.amount).toBe('15000.50');
    expect(await ok<string>(staff, DELETE_STIPEND, { id: other.id })).toBe(other.id);
  });

  it.each([
    [
      'a second stipend for the same year',
      { programYear: '2022-23' },
      'input.programYear',
      /already has a stipend for 2022-23/,
    ],
    [
      'more than two decimals',
      { programYear: '2023-24', amount: '12.345' },
      'input.amount',
      /Decimal/,
    ],
    ['a negative amount', { programYear: '2023-24', amount: '-5.00' }, 'input.amount', /negative/],
    ['a zero amount', { programYear: '2023-24', amount: '0' }, 'input.amount', /more than 0.00/],
    ['a malformed program year', { programYear: '2023-25' }, 'input.programYear', /program year/],
    [
      'a year before the team joined',
      { programYear: '2021-22' },
      'input.programYear',
      /before the team joined \(2022-23\)/,
    ],
    [
      'a year after its commitment ends',
      { programYear: '2024-25' },
      'input.programYear',
      /after the team's commitment ends \(2023-24\)/,
    ],
  ])(
    'refuses %s, naming the field and changing nothing',
    async (_title, fields, field, message) => {
      await refusedAsBadInput(
        staff,
        CREATE_STIPEND,
        { input: { teamId: teamA, ...fields } },
        field,
        message,
      );
    },
  );

  it('refuses an unknown team, and a default amount the cohort does not have', async () => {
    await refusedAsBadInput(
      staff,
      CREATE_STIPEND,
      { input: { teamId: '00000000-0000-4000-8000-000000000000', programYear: '2022-23' } },
      'input.teamId',
    );
    await refusedAsBadInput(
      staff,
      CREATE_STIPEND,
      { input: { teamId: cohortITeam, programYear: '2020-21' } },
      'input.amount',
      /Cohort I has no stipend per team per year/,
    );
  });

  it.each([
    ['a liaison', () => liaison],
    ['a team lead', () => lead],
    ['a CBO partner', () => partner],
  ])('refuses %s every stipend mutation, changing nothing', async (_title, client) => {
    for (const [query, variables] of [
      [CREATE_STIPEND, { input: { teamId: teamB, programYear: '2022-23' } }],
      [UPDATE_STIPEND, { id: stipend.id, version: stipend.version, input: { amount: '1.00' } }],
      [APPROVE_STIPEND, { id: stipend.id, version: stipend.version }],
      [PAY_STIPEND, { id: stipend.id, version: stipend.version, input: { paidOn: today() } }],
      [DELETE_STIPEND, { id: stipend.id }],
    ] as const) {
      const error = await refused(client(), query, variables);
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('changes a PLANNED stipend, and refuses a stale version as a CONFLICT', async () => {
    const changed = await ok(staff, UPDATE_STIPEND, {
      id: stipend.id,
      version: stipend.version,
      input: { amount: '29999.99', dueOn: null },
    });
    expect(changed).toMatchObject({
      amount: '29999.99',
      dueOn: null,
      version: stipend.version + 1,
    });
    const error = await refused(staff, UPDATE_STIPEND, {
      id: stipend.id,
      version: stipend.version,
      input: { amount: '1.00' },
    });
    expect(error.extensions?.code).toBe('CONFLICT');
    stipend = changed;
  });

  it('refuses payment before approval, naming the status', async () => {
    await refusedAsBadInput(
      staff,
      PAY_STIPEND,
      { id: stipend.id, version: stipend.version, input: { paidOn: today() } },
      'status',
      /Stipend is Planned; only Approved stipends can be paid/,
    );
  });

  it('approves a PLANNED stipend once, then neither changes nor deletes it', async () => {
    const stale = stipend.version;
    stipend = await ok(staff, APPROVE_STIPEND, { id: stipend.id, version: stipend.version });
    expect(stipend.status).toBe('APPROVED');
    expect(stipend.approvedAt).toEqual(expect.any(String));
    expect(
      (await refused(staff, APPROVE_STIPEND, { id: stipend.id, version: stale })).extensions?.code,
    ).toBe('CONFLICT');
    await refusedAsBadInput(
      staff,
      APPROVE_STIPEND,
      { id: stipend.id, version: stipend.version },
      'status',
      /Stipend is Approved; only Planned stipends can be approved/,
    );
    await refusedAsBadInput(
      staff,
      UPDATE_STIPEND,
      { id: stipend.id, version: stipend.version, input: { amount: '1.00' } },
      'status',
      /only planned stipends can be changed/,
    );
    await refusedAsBadInput(
      staff,
      DELETE_STIPEND,
      { id: stipend.id },
      'status',
      /only planned stipends can be deleted/,
    );
  });

  it('refuses a payment dated in the future', async () => {
    await refusedAsBadInput(
      staff,
      PAY_STIPEND,
      { id: stipend.id, version: stipend.version, input: { paidOn: addDays(today(), 1) } },
      'input.paidOn',
      /must not be after today/,
    );
  });

  it('pays an APPROVED stipend, and nothing moves it back', async () => {
    stipend = await ok(staff, PAY_STIPEND, {
      id: stipend.id,
      version: stipend.version,
      input: { paidOn: today() },
    });
    expect(stipend).toMatchObject({ status: 'PAID', paidOn: today() });
    const current = { id: stipend.id, version: stipend.version };
    for (const [query, variables, message] of [
      [
        PAY_STIPEND,
        { input: { paidOn: today() } },
        /Stipend is Paid; only Approved stipends can be paid/,
      ],
      [APPROVE_STIPEND, {}, /Stipend is Paid; only Planned stipends can be approved/],
      [UPDATE_STIPEND, { input: { amount: '1.00' } }, /only planned stipends can be changed/],
    ] as const) {
      await refusedAsBadInput(staff, query, { ...current, ...variables }, 'status', message);
    }
  });

  it('deletes a PLANNED stipend', async () => {
    const planned = await ok(staff, CREATE_STIPEND, {
      input: { teamId: teamB, programYear: '2023-24', amount: '100.00' },
    });
    expect(await ok<string>(staff, DELETE_STIPEND, { id: planned.id })).toBe(planned.id);
    expect(await sql('select id from stipend where id = ?', [planned.id])).toEqual([]);
  });
});

describe('reimbursements', () => {
  /** A member of the partner's organization on a Cohort I team, and a Cohort I convening. */
  let partnerMembership: string;
  let otherMembership: string;
  let uncoveredMembership: string;
  let cohortIConvening: string;
  let cohortIIConvening: string;
  let claim: Record_;

  beforeAll(async () => {
    const partnerOrg = `select o.id from organization o join scope_binding b on b.organization_id = o.id join account a on a.id = b.account_id where a.email = 'partner@example.org'`;
    const mine = await one<{ id: string; team_id: string }>(
      `select m.id, m.team_id from membership m join team t on t.id = m.team_id join cohort c on c.id = t.cohort_id
       where c.number = 1 and m.ended_on is null and m.organization_id in (${partnerOrg}) order by t.name limit 1`,
    );
    partnerMembership = mine.id;
    otherMembership = (
      await one<{ id: string }>(
        `select id from membership where team_id = ? and (organization_id is null or organization_id not in (${partnerOrg})) limit 1`,
        [mine.team_id],
      )
    ).id;
    uncoveredMembership = (
      await one<{ id: string }>(
        `select m.id from membership m where m.team_id not in (select team_id from membership where organization_id in (${partnerOrg})) limit 1`,
      )
    ).id;
    cohortIConvening = (
      await one<{ id: string }>(
        `select v.id from convening v join convening_cohort l on l.convening_id = v.id join cohort c on c.id = l.cohort_id where c.number = 1 order by v.starts_at limit 1`,
      )
    ).id;
    cohortIIConvening = (
      await one<{ id: string }>(
        `select v.id from convening v join convening_cohort l on l.convening_id = v.id join cohort c on c.id = l.cohort_id where c.number = 2 order by v.starts_at limit 1`,
      )
    ).id;
  });

  const submission = (fields: Record<string, unknown> = {}) => ({
    input: {
      membershipId: partnerMembership,
      conveningId: cohortIConvening,
      category: 'MILEAGE',
      amount: '84.42',
      description: 'Round trip to Riverside',
      ...fields,
    },
  });

  it('lets a CBO partner submit a claim for a member of its organization, SUBMITTED', async () => {
    claim = await ok(partner, SUBMIT, submission());
    expect(claim).toMatchObject({
      status: 'SUBMITTED',
      amount: '84.42',
      category: 'MILEAGE',
      decidedAt: null,
      paidOn: null,
    });
  });

  it('takes a claim for a convening of a cohort the team facilitates', async () => {
    const facilitated = await ok(staff, SUBMIT, submission({ conveningId: cohortIIConvening }));
    expect(facilitated.status).toBe('SUBMITTED');
  });

  it("refuses a CBO partner a claim for another organization's member, FORBIDDEN", async () => {
    const error = await refused(partner, SUBMIT, submission({ membershipId: otherMembership }));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a CBO partner about a member outside its teams as about a missing one', async () => {
    await refusedAsBadInput(
      partner,
      SUBMIT,
      submission({ membershipId: uncoveredMembership }),
      'input.membershipId',
      /no Membership has id/,
    );
  });

  it.each([
    ['a liaison', () => liaison],
    ['a team lead', () => lead],
  ])('refuses %s, FORBIDDEN, changing nothing', async (_title, client) => {
    expect((await refused(client(), SUBMIT, submission())).extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['more than two decimals', { amount: '12.345' }, 'input.amount'],
    ['a negative amount', { amount: '-1.00' }, 'input.amount'],
    ['a zero amount', { amount: '0.00' }, 'input.amount'],
    ['a blank description', { description: '   ' }, 'input.description'],
    ['an unknown category', { category: 'PARKING' }, 'input.category'],
  ])('refuses %s, naming the field', async (_title, fields, field) => {
    await refusedAsBadInput(staff, SUBMIT, submission(fields), field);
  });

  it('refuses a convening of another cohort, and a day the member was not on the team', async () => {
    const cohortIIMember = await one<{ id: string }>(
      `select m.id from membership m join team t on t.id = m.team_id join cohort c on c.id = t.cohort_id where c.number = 2 limit 1`,
    );
    await refusedAsBadInput(
      staff,
      SUBMIT,
      submission({ membershipId: cohortIIMember.id }),
      'input.conveningId',
      /is not a convening of .*'s cohort \(Cohort II\)/,
    );
    const person = await ok<{ id: string }>(
      context.server,
      'mutation { createPerson(input: { givenName: "Late", familyName: "Joiner" }) { id } }',
    );
    const teamId = (
      await one<{ team_id: string }>('select team_id from membership where id = ?', [
        partnerMembership,
      ])
    ).team_id;
    const late = await ok<{ id: string }>(
      context.server,
      'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
      { input: { teamId, personId: person.id, role: 'SITE_STAFF', startedOn: '2020-01-01' } },
    );
    await refusedAsBadInput(
      staff,
      SUBMIT,
      submission({ membershipId: late.id }),
      'input.membershipId',
      /was not on the team on the day of the convening \(August 29, 2019\)/,
    );
  });

  it('refuses a CBO partner the decisions, FORBIDDEN', async () => {
    for (const [query, variables] of [
      [APPROVE_CLAIM, { id: claim.id, version: claim.version }],
      [REJECT_CLAIM, { id: claim.id, version: claim.version, input: { reason: 'No' } }],
      [PAY_CLAIM, { id: claim.id, version: claim.version, input: { paidOn: today() } }],
    ] as const) {
      expect((await refused(partner, query, variables)).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses payment before approval, naming the status', async () => {
    await refusedAsBadInput(
      staff,
      PAY_CLAIM,
      { id: claim.id, version: claim.version, input: { paidOn: today() } },
      'status',
      /Reimbursement is Submitted; only Approved reimbursements can be paid/,
    );
  });

  it('approves a SUBMITTED claim; a stale version is a CONFLICT; it can no longer be rejected', async () => {
    const stale = claim.version;
    claim = await ok(staff, APPROVE_CLAIM, { id: claim.id, version: claim.version });
    expect(claim.status).toBe('APPROVED');
    expect(claim.decidedAt).toEqual(expect.any(String));
    expect(
      (await refused(staff, APPROVE_CLAIM, { id: claim.id, version: stale })).extensions?.code,
    ).toBe('CONFLICT');
    await refusedAsBadInput(
      staff,
      REJECT_CLAIM,
      { id: claim.id, version: claim.version, input: { reason: 'Too late' } },
      'status',
      /Reimbursement is Approved; only Submitted reimbursements can be rejected/,
    );
  });

  it('pays an APPROVED claim, not in the future, and nothing moves it back', async () => {
    await refusedAsBadInput(
      staff,
      PAY_CLAIM,
      { id: claim.id, version: claim.version, input: { paidOn: addDays(today(), 3) } },
      'input.paidOn',
    );
    claim = await ok(staff, PAY_CLAIM, {
      id: claim.id,
      version: claim.version,
      input: { paidOn: today() },
    });
    expect(claim).toMatchObject({ status: 'PAID', paidOn: today() });
    await refusedAsBadInput(
      staff,
      APPROVE_CLAIM,
      { id: claim.id, version: claim.version },
      'status',
      /Reimbursement is Paid; only Submitted reimbursements can be approved/,
    );
  });

  it('rejects a SUBMITTED claim with its reason, and then neither approves nor pays it', async () => {
    const other = await ok(partner, SUBMIT, submission({ category: 'LODGING', amount: '189.00' }));
    await refusedAsBadInput(
      staff,
      REJECT_CLAIM,
      { id: other.id, version: other.version, input: { reason: '  ' } },
      'input.reason',
    );
    const rejected = await ok(staff, REJECT_CLAIM, {
      id: other.id,
      version: other.version,
      input: { reason: 'Lodging is covered by the venue' },
    });
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Lodging is covered by the venue',
    });
    await refusedAsBadInput(
      staff,
      APPROVE_CLAIM,
      { id: rejected.id, version: rejected.version },
      'status',
      /Reimbursement is Rejected/,
    );
    await refusedAsBadInput(
      staff,
      PAY_CLAIM,
      { id: rejected.id, version: rejected.version, input: { paidOn: today() } },
      'status',
      /Reimbursement is Rejected; only Approved reimbursements can be paid/,
    );
  });
});

describe('the funding summary', () => {
  /** Stipends and claims of Cohort III in 2022-23 with amounts a float would get wrong. */
  beforeAll(async () => {
    const server = context.server;
    const stipend = async (teamId: string, programYear: string, amount: string, to: string[]) => {
      let record = await ok(server, CREATE_STIPEND, { input: { teamId, programYear, amount } });
      if (to.includes('APPROVED'))
        record = await ok(server, APPROVE_STIPEND, { id: record.id, version: record.version });
      if (to.includes('PAID'))
        record = await ok(server, PAY_STIPEND, {
          id: record.id,
          version: record.version,
          input: { paidOn: today() },
        });
    };
    // teamA has 2022-23 paid (29999.99) from the stipend tests.
    await stipend(teamB, '2022-23', '30000.10', ['APPROVED']);
    await stipend(teamB, '2023-24', '30000.20', []);

    const convening = await ok<{ id: string }>(
      server,
      'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }',
      {
        input: {
          cohortIds: [cohortIII.id],
          programYear: '2022-23',
          number: 1,
          modality: 'IN_PERSON',
          startsAt: '2022-09-15T16:00:00Z',
        },
      },
    );
    const person = await ok<{ id: string }>(
      server,
      'mutation { createPerson(input: { givenName: "Pat", familyName: "Traveler" }) { id } }',
    );
    const member = await ok<{ id: string }>(
      server,
      'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
      {
        input: { teamId: teamB, personId: person.id, role: 'SITE_STAFF', startedOn: '2022-08-15' },
      },
    );
    const claim = (amount: string) =>
      ok(server, SUBMIT, {
        input: {
          membershipId: member.id,
          conveningId: convening.id,
          category: 'MEALS',
          amount,
          description: 'Lunch',
        },
      });
    await claim('0.10');
    const approved = await claim('0.20');
    await ok(server, APPROVE_CLAIM, { id: approved.id, version: approved.version });
    const submitted = await claim('0.05');
    const paid = await ok(server, APPROVE_CLAIM, { id: submitted.id, version: submitted.version });
    await ok(server, PAY_CLAIM, { id: paid.id, version: paid.version, input: { paidOn: today() } });
    const rejected = await claim('189.00');
    await ok(server, REJECT_CLAIM, {
      id: rejected.id,
      version: rejected.version,
      input: { reason: 'Duplicate' },
    });
  });

  it('totals a cohort and program year by status, to the cent, against the CEI 1.0 appropriation', async () => {
    const summary = await ok<Record<string, unknown>>(staff, SUMMARY, {
      cohortId: cohortIII.id,
      programYear: '2022-23',
    });
    // Everything committed against CEI 1.0, by the specification: every stipend, and claims
    // approved or paid (in cents, as integers).
    const committedCents = await one<{ cents: string }>(
      `select (coalesce((select sum(amount * 100) from stipend), 0) + coalesce((select sum(amount * 100) from reimbursement where status in ('APPROVED', 'PAID')), 0))::bigint::text as cents`,
    );
    const remaining = 1_327_400_000n - BigInt(committedCents.cents);
    expect(summary).toEqual({
      programYear: '2022-23',
      cohort: { name: 'Cohort III' },
      appropriation: '13274000.00',
      stipendsPlanned: '0.00',
      stipendsApproved: '30000.10',
      stipendsPaid: '29999.99',
      reimbursementsSubmitted: '0.10',
      reimbursementsApproved: '0.20',
      reimbursementsPaid: '0.05',
      committed: '60000.34',
      remaining: `${remaining / 100n}.${String(remaining % 100n).padStart(2, '0')}`,
    });
  });

  it('totals every year of a cohort, and everything when asked for nothing', async () => {
    const cohort = await ok<Record<string, string>>(staff, SUMMARY, { cohortId: cohortIII.id });
    expect(cohort).toMatchObject({
      programYear: null,
      stipendsPlanned: '30000.20',
      committed: '90000.54',
    });
    const all = await ok<Record<string, string>>(staff, SUMMARY, {});
    expect(all.cohort).toBeNull();
    expect(all.appropriation).toBe('13274000.00');
    const stipends = await one<{ total: string }>('select sum(amount)::text as total from stipend');
    expect(
      [all.stipendsPlanned, all.stipendsApproved, all.stipendsPaid]
        .map((amount) => BigInt(String(amount).replace('.', '')))
        .reduce((a, b) => a + b),
    ).toBe(BigInt(stipends.total.replace('.', '')));
    expect(all.remaining).toBe(cohort.remaining);
  });

  it('is for CEI staff only, and refuses a malformed program year', async () => {
    for (const client of [liaison, partner, lead]) {
      const { errors } = await client.graphql(SUMMARY, {});
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { errors } = await staff.graphql(SUMMARY, { programYear: '2022' });
    expect(errors?.[0]?.extensions?.fields?.[0]?.path).toBe('programYear');
  });
});
