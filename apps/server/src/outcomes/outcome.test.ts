import { addDays, Role, todayInPacific } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccountRecord } from '../accounts/account.service.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { Organization } from '../organizations/organization.entity.js';
import { countStatements, databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

// Statements are counted here: one budget window for the file, and no budget in the way.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

const CREATE_METRIC =
  'mutation ($input: CreateMetricInput!) { createMetric(input: $input) { id version key direction } }';
const UPDATE_METRIC =
  'mutation ($id: ID!, $version: Int!, $input: UpdateMetricInput!) { updateMetric(id: $id, version: $version, input: $input) { id version name } }';
const MEASUREMENT = 'id version value isBaseline periodStart periodEnd changeFromBaseline';
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { ${MEASUREMENT} } }`;
const UPDATE_MEASUREMENT = `mutation ($id: ID!, $version: Int!, $input: UpdateMeasurementInput!) { updateMeasurement(id: $id, version: $version, input: $input) { ${MEASUREMENT} } }`;
const DELETE_MEASUREMENT = 'mutation ($id: ID!) { deleteMeasurement(id: $id) }';
const PROGRESS = `query ($id: ID!) { team(id: $id) { metricProgress { metric { key } baseline { id value } latest { id value } change isImprovement } } }`;

const CHECK_IN = 'id version occurredOn kind summary liaison { email }';
const CREATE_CHECK_IN = `mutation ($input: CreateCheckInInput!) { createCheckIn(input: $input) { ${CHECK_IN} } }`;
const UPDATE_CHECK_IN = `mutation ($id: ID!, $version: Int!, $input: UpdateCheckInInput!) { updateCheckIn(id: $id, version: $version, input: $input) { ${CHECK_IN} } }`;
const DELETE_CHECK_IN = 'mutation ($id: ID!) { deleteCheckIn(id: $id) }';
const ADD_FOLLOW_UP =
  'mutation ($checkInId: ID!, $input: FollowUpInput!) { addFollowUp(checkInId: $checkInId, input: $input) { id version description dueOn completedOn } }';
const UPDATE_FOLLOW_UP =
  'mutation ($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, version: $version, input: $input) { id version dueOn completedOn } }';
const UPDATE_DELIVERABLE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateDeliverableInput!) { updateDeliverable(id: $id, version: $version, input: $input) { id version status evidence completedOn } }';

interface Record_ {
  id: string;
  version: number;
  [field: string]: unknown;
}
type GraphqlError = NonNullable<GraphqlResponse['errors']>[number];

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

async function refused(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlError> {
  const before = await databaseSnapshot(context.server.orm);
  const { errors } = await client.graphql(query, variables);
  expect(errors, 'the mutation was refused').toBeDefined();
  expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  return errors?.[0] as GraphqlError;
}

async function refusedAs(
  code: string,
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown>,
  field?: string,
  message?: RegExp,
) {
  const error = await refused(client, query, variables);
  expect(error.extensions?.code, error.message).toBe(code);
  if (field) expect(error.extensions?.fields?.map((problem) => problem.path)).toContain(field);
  if (message) expect(error.message).toMatch(message);
}

let staff: GraphqlClient;
let liaison: GraphqlClient;
let otherLiaison: GraphqlClient;
let partner: GraphqlClient;
let lead: GraphqlClient;
let azusa: string;
let otherTeam: string;
let riversideTeam: string;
let outsideTeam: string;

beforeAll(async () => {
  const server = context.server;
  const em = server.em();
  const riverside = await em.findOneOrFail(Organization, { countyCode: '33' });
  await createAccountRecord(em, {
    email: 'riverside.two@example.org',
    displayName: 'Second Riverside liaison',
    role: Role.COE_LIAISON,
    password: DEMO_PASSWORD,
    organizationIds: [riverside.id],
  });
  const signIn = (email: string) => server.signIn(email, DEMO_PASSWORD);
  staff = await signIn('staff@example.org');
  liaison = await signIn('liaison@example.org');
  otherLiaison = await signIn('riverside.two@example.org');
  partner = await signIn('partner@example.org');
  lead = await signIn('lead@example.org');
  azusa = (await one<{ id: string }>(`select id from team where name like 'Azusa%'`)).id;
  otherTeam = (
    await one<{ id: string }>(
      `select id from team where name not like 'Azusa%' order by name limit 1`,
    )
  ).id;
  const inCounty = `select t.id from team t join organization l on l.id = t.lead_lea_id join organization c on c.id = l.county_office_id where c.county_code`;
  riversideTeam = (await one<{ id: string }>(`${inCounty} = '33' order by t.name limit 1`)).id;
  outsideTeam = (await one<{ id: string }>(`${inCounty} <> '33' order by t.name limit 1`)).id;
});

describe('metrics', () => {
  it('are defined by CEI staff, with unique keys', async () => {
    const metric = await ok(staff, CREATE_METRIC, {
      input: {
        key: 'family-events',
        name: 'Families at school events',
        unit: 'percent',
        direction: 'HIGHER_IS_BETTER',
      },
    });
    expect(metric).toMatchObject({ key: 'family-events', direction: 'HIGHER_IS_BETTER' });
    await refusedAs(
      'BAD_USER_INPUT',
      staff,
      CREATE_METRIC,
      {
        input: {
          key: 'family-events',
          name: 'Again',
          unit: 'percent',
          direction: 'HIGHER_IS_BETTER',
        },
      },
      'input.key',
      /already the key of another metric/,
    );
    await refusedAs(
      'BAD_USER_INPUT',
      staff,
      CREATE_METRIC,
      {
        input: {
          key: 'Family Events',
          name: 'Again',
          unit: 'percent',
          direction: 'HIGHER_IS_BETTER',
        },
      },
      'input.key',
    );
    const renamed = await ok(staff, UPDATE_METRIC, {
      id: metric.id,
      version: metric.version,
      input: { name: 'Family attendance at school events' },
    });
    expect(renamed.name).toBe('Family attendance at school events');
    await refusedAs('CONFLICT', staff, UPDATE_METRIC, {
      id: metric.id,
      version: metric.version,
      input: { name: 'Stale' },
    });
    await refusedAs(
      'BAD_USER_INPUT',
      staff,
      UPDATE_METRIC,
      {
        id: metric.id,
        version: renamed.version,
        input: { unit: null },
      },
      'input.unit',
      /must not be null/,
    );
  });

  it.each([
    ['a team lead', () => lead],
    ['a liaison', () => liaison],
  ])('are refused to %s', async (_title, client) => {
    await refusedAs('FORBIDDEN', client(), CREATE_METRIC, {
      input: { key: 'x', name: 'X', unit: 'u', direction: 'LOWER_IS_BETTER' },
    });
  });
});

describe('measurements', () => {
  let metricId: string;
  let baseline: Record_;
  let later: Record_;

  beforeAll(async () => {
    metricId = (
      await ok(staff, CREATE_METRIC, {
        input: {
          key: 'dlac-attendance',
          name: 'DELAC attendance',
          unit: 'percent',
          direction: 'HIGHER_IS_BETTER',
        },
      })
    ).id;
  });

  const input = (fields: Record<string, unknown> = {}) => ({
    input: {
      metricId,
      teamId: azusa,
      periodStart: '2021-07-01',
      periodEnd: '2022-06-30',
      value: 32.3,
      source: 'Sign-in sheets',
      ...fields,
    },
  });

  it('are recorded by a team lead for their own team, and change is measured exactly from the baseline', async () => {
    baseline = await ok(lead, RECORD, input({ isBaseline: true }));
    expect(baseline).toMatchObject({ isBaseline: true, value: 32.3, changeFromBaseline: null });
    later = await ok(
      lead,
      RECORD,
      input({ periodStart: '2022-07-01', periodEnd: '2023-06-30', value: 40.1 }),
    );
    expect(later).toMatchObject({ isBaseline: false, value: 40.1, changeFromBaseline: 7.8 });
    const progress = await ok<{ metricProgress: Record<string, unknown>[] }>(lead, PROGRESS, {
      id: azusa,
    });
    expect(
      progress.metricProgress.find(
        (each) => (each.metric as { key: string }).key === 'dlac-attendance',
      ),
    ).toEqual({
      metric: { key: 'dlac-attendance' },
      baseline: { id: baseline.id, value: 32.3 },
      latest: { id: later.id, value: 40.1 },
      change: 7.8,
      isImprovement: true,
    });
  });

  it.each([
    ['a period ending before it starts', { periodEnd: '2021-06-30' }, 'input.periodEnd'],
    ['a second value for the same period', {}, 'input.periodStart'],
    ['more than four decimals', { periodStart: '2019-07-01', value: 1.23456 }, 'input.value'],
    ['a blank source', { periodStart: '2019-07-01', source: '  ' }, 'input.source'],
    ['an unknown metric', { metricId: '00000000-0000-4000-8000-000000000000' }, 'input.metricId'],
  ])('refuses %s, naming the field and changing nothing', async (_title, fields, field) => {
    await refusedAs('BAD_USER_INPUT', lead, RECORD, input(fields), field);
  });

  it("refuses a team lead another team's measurements, and liaisons and CBO partners any", async () => {
    await refusedAs(
      'FORBIDDEN',
      lead,
      RECORD,
      input({ teamId: otherTeam, periodStart: '2019-07-01' }),
    );
    await refusedAs(
      'FORBIDDEN',
      lead,
      RECORD,
      input({ teamId: otherTeam, periodStart: '2019-07-01', isBaseline: true }),
    );
    const foreign = await one<{ id: string; version: number }>(
      'select id, version from measurement where team_id = ? limit 1',
      [otherTeam],
    );
    await refusedAs('FORBIDDEN', lead, UPDATE_MEASUREMENT, {
      id: foreign.id,
      version: foreign.version,
      input: { value: 1 },
    });
    await refusedAs('FORBIDDEN', lead, DELETE_MEASUREMENT, { id: foreign.id });
    for (const client of [liaison, partner]) {
      await refusedAs('FORBIDDEN', client, RECORD, input({ periodStart: '2019-07-01' }));
      await refusedAs('FORBIDDEN', client, UPDATE_MEASUREMENT, {
        id: later.id,
        version: later.version,
        input: { value: 1 },
      });
      await refusedAs('FORBIDDEN', client, DELETE_MEASUREMENT, { id: later.id });
    }
  });

  it('makes a newly recorded baseline replace the earlier one, which stays as an ordinary value', async () => {
    const earlier = await ok(
      lead,
      RECORD,
      input({ periodStart: '2020-07-01', periodEnd: '2021-06-30', value: 30, isBaseline: true }),
    );
    const rows = await sql<{ id: string; is_baseline: boolean }>(
      'select id, is_baseline from measurement where metric_id = ? and team_id = ? order by period_start',
      [metricId, azusa],
    );
    expect(rows).toEqual([
      { id: earlier.id, is_baseline: true },
      { id: baseline.id, is_baseline: false },
      { id: later.id, is_baseline: false },
    ]);
    const { metricProgress } = await ok<{ metricProgress: Record<string, unknown>[] }>(
      staff,
      PROGRESS,
      { id: azusa },
    );
    expect(
      metricProgress.find((each) => (each.metric as { key: string }).key === 'dlac-attendance'),
    ).toMatchObject({
      baseline: { id: earlier.id },
      latest: { id: later.id },
      change: 10.1,
    });
    // And back: marking the first value as the baseline again.
    const current = await one<{ version: number }>('select version from measurement where id = ?', [
      baseline.id,
    ]);
    const restored = await ok(lead, UPDATE_MEASUREMENT, {
      id: baseline.id,
      version: current.version,
      input: { isBaseline: true },
    });
    expect(restored.isBaseline).toBe(true);
    expect(await one('select is_baseline from measurement where id = ?', [earlier.id])).toEqual({
      is_baseline: false,
    });
    expect(await ok<string>(lead, DELETE_MEASUREMENT, { id: earlier.id })).toBe(earlier.id);
  });

  it('refuses a stale version and a null value, and changes a value', async () => {
    const changed = await ok(lead, UPDATE_MEASUREMENT, {
      id: later.id,
      version: later.version,
      input: { value: 28.05 },
    });
    expect(changed).toMatchObject({ value: 28.05, changeFromBaseline: -4.25 });
    await refusedAs('CONFLICT', lead, UPDATE_MEASUREMENT, {
      id: later.id,
      version: later.version,
      input: { value: 1 },
    });
    await refusedAs(
      'BAD_USER_INPUT',
      lead,
      UPDATE_MEASUREMENT,
      { id: later.id, version: changed.version, input: { value: null } },
      'input.value',
    );
    const { metricProgress } = await ok<{ metricProgress: Record<string, unknown>[] }>(
      lead,
      PROGRESS,
      { id: azusa },
    );
    expect(
      metricProgress.find((each) => (each.metric as { key: string }).key === 'dlac-attendance'),
    ).toMatchObject({
      change: -4.25,
      isImprovement: false,
    });
  });

  it("shows progress only within scope: none of a team outside a liaison's county, none to the public", async () => {
    const outside = await ok<{ metricProgress: unknown[] }>(liaison, PROGRESS, { id: outsideTeam });
    expect(outside.metricProgress).toEqual([]);
    const inside = await ok<{ metricProgress: unknown[] }>(liaison, PROGRESS, {
      id: riversideTeam,
    });
    expect(inside.metricProgress.length).toBe(3);
    const anonymous = await ok<{ metricProgress: unknown[] }>(context.server.anonymous, PROGRESS, {
      id: azusa,
    });
    expect(anonymous.metricProgress).toEqual([]);
  });

  it('reads progress and changes of every team in a fixed number of statements', async () => {
    const query = `query ($limit: Int!) { teams(limit: $limit) { nodes { metricProgress { change baseline { value } latest { changeFromBaseline } } measurements(limit: 5) { nodes { changeFromBaseline } } } } }`;
    const run = async (limit: number) => {
      const { result, statements } = await countStatements(context.server.orm, () =>
        staff.graphql<{ teams: { nodes: { metricProgress: unknown[] }[] } }>(query, { limit }),
      );
      expect(result.errors).toBeUndefined();
      return { teams: result.data?.teams.nodes ?? [], statements: statements.length };
    };
    const small = await run(1);
    const large = await run(50);
    expect(large.teams.length).toBeGreaterThan(10);
    expect(large.teams.every((team) => team.metricProgress.length >= 3)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });
});

describe('check-ins and follow-ups', () => {
  let checkIn: Record_;
  let followUp: Record_;
  const input = (fields: Record<string, unknown> = {}) => ({
    input: {
      teamId: riversideTeam,
      occurredOn: today(),
      kind: 'VISIT',
      summary: 'Met the site team',
      ...fields,
    },
  });

  it('are recorded by a liaison for a team of their county, as that liaison', async () => {
    checkIn = await ok(liaison, CREATE_CHECK_IN, input());
    expect(checkIn).toMatchObject({
      kind: 'VISIT',
      occurredOn: today(),
      liaison: { email: 'liaison@example.org' },
    });
  });

  it('are refused for a team outside the county, a future date, a blank summary, and to other roles', async () => {
    await refusedAs('FORBIDDEN', liaison, CREATE_CHECK_IN, input({ teamId: outsideTeam }));
    await refusedAs(
      'BAD_USER_INPUT',
      liaison,
      CREATE_CHECK_IN,
      input({ occurredOn: addDays(today(), 1) }),
      'input.occurredOn',
      /must not be after today/,
    );
    await refusedAs(
      'BAD_USER_INPUT',
      liaison,
      CREATE_CHECK_IN,
      input({ summary: ' ' }),
      'input.summary',
    );
    await refusedAs('FORBIDDEN', lead, CREATE_CHECK_IN, input({ teamId: azusa }));
    await refusedAs('FORBIDDEN', partner, CREATE_CHECK_IN, input());
  });

  it('are changed by their own liaison only (another liaison of the county is refused), and by staff', async () => {
    await refusedAs('FORBIDDEN', otherLiaison, UPDATE_CHECK_IN, {
      id: checkIn.id,
      version: checkIn.version,
      input: { summary: 'Mine now' },
    });
    await refusedAs('FORBIDDEN', otherLiaison, DELETE_CHECK_IN, { id: checkIn.id });
    await refusedAs('FORBIDDEN', otherLiaison, ADD_FOLLOW_UP, {
      checkInId: checkIn.id,
      input: { description: 'x' },
    });
    checkIn = await ok(liaison, UPDATE_CHECK_IN, {
      id: checkIn.id,
      version: checkIn.version,
      input: { kind: 'CALL' },
    });
    expect(checkIn.kind).toBe('CALL');
    await refusedAs('CONFLICT', liaison, UPDATE_CHECK_IN, {
      id: checkIn.id,
      version: checkIn.version - 1,
      input: { kind: 'VISIT' },
    });
    checkIn = await ok(staff, UPDATE_CHECK_IN, {
      id: checkIn.id,
      version: checkIn.version,
      input: { summary: 'Met the site team and the principal' },
    });
    // The liaison stays theirs (CEI staff other than admins do not read accounts).
    expect(
      await one(
        'select a.email from check_in c join account a on a.id = c.liaison_id where c.id = ?',
        [checkIn.id],
      ),
    ).toEqual({ email: 'liaison@example.org' });
  });

  it('take follow-ups, due and done on or after the check-in, done not in the future', async () => {
    const before = addDays(today(), -1);
    await refusedAs(
      'BAD_USER_INPUT',
      liaison,
      ADD_FOLLOW_UP,
      { checkInId: checkIn.id, input: { description: 'Call back', dueOn: before } },
      'input.dueOn',
      /must not be before the check-in/,
    );
    followUp = await ok(liaison, ADD_FOLLOW_UP, {
      checkInId: checkIn.id,
      input: { description: 'Call back', dueOn: addDays(today(), 7) },
    });
    expect(followUp).toMatchObject({ description: 'Call back', completedOn: null });
    await refusedAs(
      'BAD_USER_INPUT',
      liaison,
      UPDATE_FOLLOW_UP,
      { id: followUp.id, version: followUp.version, input: { completedOn: addDays(today(), 1) } },
      'input.completedOn',
      /must not be after today/,
    );
    await refusedAs('FORBIDDEN', otherLiaison, UPDATE_FOLLOW_UP, {
      id: followUp.id,
      version: followUp.version,
      input: { completedOn: today() },
    });
    const done = await ok(liaison, UPDATE_FOLLOW_UP, {
      id: followUp.id,
      version: followUp.version,
      input: { completedOn: today() },
    });
    expect(done.completedOn).toBe(today());
    await refusedAs('CONFLICT', liaison, UPDATE_FOLLOW_UP, {
      id: followUp.id,
      version: followUp.version,
      input: { completedOn: null },
    });
    const reopened = await ok(liaison, UPDATE_FOLLOW_UP, {
      id: followUp.id,
      version: done.version,
      input: { completedOn: null },
    });
    expect(reopened.completedOn).toBeNull();
  });

  it("refuses a liaison a check-in they did not record (the demo's imported ones)", async () => {
    const imported = await one<{ id: string; version: number }>(
      'select id, version from check_in where team_id = ? and liaison_id is null limit 1',
      [riversideTeam],
    );
    await refusedAs('FORBIDDEN', liaison, UPDATE_CHECK_IN, {
      id: imported.id,
      version: imported.version,
      input: { kind: 'CALL' },
    });
  });

  it('are deleted with their follow-ups, each deletion in the audit log', async () => {
    expect(await ok<string>(liaison, DELETE_CHECK_IN, { id: checkIn.id })).toBe(checkIn.id);
    expect(await sql('select id from follow_up where check_in_id = ?', [checkIn.id])).toEqual([]);
    const deleted = await sql<{ entity: string }>(
      `select entity from audit_event where action = 'DELETED' and entity_id in (?, ?) order by entity`,
      [checkIn.id, followUp.id],
    );
    expect(deleted.map((event) => event.entity)).toEqual(['CheckIn', 'FollowUp']);
  });
});

describe('statutory deliverables', () => {
  let deliverable: Record_;

  beforeAll(async () => {
    deliverable = await one<Record_>(
      `select id, version from deliverable where key = 'statewide-training'`,
    );
  });

  it.each([
    [
      'COMPLETED without a date',
      { status: 'COMPLETED', evidence: 'https://example.org/training' },
      'input.completedOn',
    ],
    [
      'COMPLETED without evidence',
      { status: 'COMPLETED', completedOn: '2020-12-10' },
      'input.evidence',
    ],
    [
      'a completion date while in progress',
      { status: 'IN_PROGRESS', completedOn: '2020-12-10' },
      'input.completedOn',
    ],
    [
      'a completion date in the future',
      { status: 'COMPLETED', completedOn: '2999-01-01', evidence: 'Soon' },
      'input.completedOn',
    ],
    ['an unknown status', { status: 'DONE' }, 'input.status'],
  ])('refuses %s, naming the field', async (_title, fields, field) => {
    await refusedAs(
      'BAD_USER_INPUT',
      staff,
      UPDATE_DELIVERABLE,
      { id: deliverable.id, version: deliverable.version, input: fields },
      field,
    );
  });

  it('records completion with its date and evidence, for CEI staff only', async () => {
    await refusedAs('FORBIDDEN', liaison, UPDATE_DELIVERABLE, {
      id: deliverable.id,
      version: deliverable.version,
      input: { status: 'IN_PROGRESS' },
    });
    const done = await ok(staff, UPDATE_DELIVERABLE, {
      id: deliverable.id,
      version: deliverable.version,
      input: {
        status: 'COMPLETED',
        completedOn: '2020-12-10',
        evidence: ' https://example.org/training ',
      },
    });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      completedOn: '2020-12-10',
      evidence: 'https://example.org/training',
    });
    await refusedAs('CONFLICT', staff, UPDATE_DELIVERABLE, {
      id: deliverable.id,
      version: deliverable.version,
      input: { status: 'SUBMITTED' },
    });
    const reopened = await ok(staff, UPDATE_DELIVERABLE, {
      id: deliverable.id,
      version: done.version,
      input: { status: 'SUBMITTED', completedOn: null },
    });
    expect(reopened).toMatchObject({ status: 'SUBMITTED', completedOn: null });
  });
});
