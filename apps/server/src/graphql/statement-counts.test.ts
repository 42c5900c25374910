import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../sync/cursor.js';
import { countStatements } from '../testing/database-snapshot.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

// A credential's first request in a budget window also writes its budget counters
// (limits/budget-ledger.ts); the counts below are of the requests after it.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });
let viewers: DemoViewers;
let ids: { countyOfficeId: string; teamId: string };
/** A convening already held, and ten members expected at it, for Q7. */
let held: { conveningId: string; membershipIds: string[] };
let takes = 0;

beforeAll(async () => {
  viewers = await demoViewers(context.server);
  const [team] = (await context.server.em().execute(
    `select t.id as team_id, l.county_office_id from team t
       join organization l on l.id = t.lead_lea_id order by t.name limit 1`,
  )) as { team_id: string; county_office_id: string }[];
  ids = { countyOfficeId: team?.county_office_id ?? '', teamId: team?.team_id ?? '' };
  const [convening] = (await context.server
    .em()
    .execute(
      'select id from convening where starts_at < now() order by starts_at desc limit 1',
    )) as { id: string }[];
  const { data } = await viewers.staff.graphql<{
    convening: { expectedAttendees: { id: string }[] };
  }>('query ($id: ID!) { convening(id: $id) { expectedAttendees { id } } }', { id: convening?.id });
  held = {
    conveningId: convening?.id ?? '',
    membershipIds: (data?.convening.expectedAttendees ?? []).slice(0, 10).map(({ id }) => id),
  };
  expect(held.membershipIds).toHaveLength(10);
  // Every mark then exists: each take below changes all ten (an update, not an insert).
  await viewers.staff.graphql(RECORD, recordVariables());
  for (const viewer of Object.values(viewers)) await viewer.graphql('{ __typename }');
});

/**
 * The statewide benchmark's questions (apps/server/bench/statewide/queries.mjs, docs/benchmark.md),
 * with the SQL statements each takes, the viewer's lookup and the budget counters included: exactly, so that a change
 * that adds one (or saves one) shows here. The count follows the depth of the query, never the
 * number of rows.
 */
const questions: {
  name: string;
  viewer: keyof DemoViewers;
  query: string;
  variables?: () => Record<string, unknown>;
  statements: number;
}[] = [
  {
    name: 'Q0 a liaison asks for nothing',
    viewer: 'liaison',
    query: '{ __typename }',
    statements: 1,
  },
  {
    name: 'Q0 an API partner asks for nothing',
    viewer: 'api',
    query: '{ __typename }',
    statements: 1,
  },
  {
    name: "Q2 a liaison lists their county's LEAs",
    viewer: 'liaison',
    query: `query ($county: ID!) { organizations(filter: { kind: LEA, countyOfficeId: $county },
      orderBy: [{ field: NAME }], limit: 25) { totalCount nodes { id name cdsCode leaType locale } } }`,
    variables: () => ({ county: ids.countyOfficeId }),
    statements: 2,
  },
  {
    name: "Q1 a liaison's dashboard",
    viewer: 'liaison',
    query: `{ teams(filter: { inScope: true }, orderBy: [{ field: NAME }], limit: 50) { totalCount
      nodes { id name leadLea { id name }
        memberships(limit: 100) { nodes { id role person { id givenName familyName } } }
        attendanceSummary { present absent excused total rate } } } }`,
    // The viewer, and the whole answer built in one statement (scope/compiled-read.ts), the
    // teams' attendance tallies and the liaison's coverage that discloses them included.
    statements: 2,
  },
  {
    name: 'Q3 a team in detail, as staff',
    viewer: 'staff',
    query: `query ($team: ID!) { team(id: $team) { id name
      leadLea { id name countyOffice { id name } }
      memberships(limit: 100) { nodes { id role person { id givenName familyName } } }
      cohort { id name convenings(orderBy: [{ field: STARTS_AT, direction: DESC }], limit: 8) {
        nodes { id startsAt attendance(filter: { teamId: $team }, limit: 100) {
          nodes { id status membership { id } } } } } } } }`,
    variables: () => ({ team: ids.teamId }),
    // The viewer, and the whole answer built in one statement (scope/compiled-read.ts).
    statements: 2,
  },
  {
    name: "Q4 every cohort's attendance, as staff",
    viewer: 'staff',
    query:
      '{ cohorts { nodes { id name attendanceSummary { present absent excused total rate } } } }',
    statements: 3,
  },
  {
    name: 'Q5 an API partner pulls a page of changed teams by cursor',
    viewer: 'api',
    query: `query ($after: String) { teams(after: $after, limit: 100,
      filter: { updatedAtFrom: "2000-01-01T00:00:00Z" }) { totalCount nodes { id name updatedAt }
      pageInfo { endCursor hasNextPage } } }`,
    variables: () => ({
      after: encodeCursor({
        at: new Date('2000-01-01T00:00:00.000Z'),
        key: '00000000-0000-4000-8000-000000000000',
      }),
    }),
    statements: 2,
  },
  {
    name: 'Q6 an API partner pulls its deletions',
    viewer: 'api',
    query: `{ deletions(since: "${new Date(Date.now() - 86_400_000).toISOString()}", limit: 100) {
      totalCount nodes { entityType id deletedAt } pageInfo { endCursor hasNextPage } } }`,
    statements: 2,
  },
];

const RECORD = `mutation ($convening: ID!, $input: RecordAttendanceInput!) {
  recordAttendance(conveningId: $convening, input: $input) { id status membership { id } } }`;

/** Ten marks, each the opposite of the previous take's. */
function recordVariables() {
  takes++;
  return {
    convening: held.conveningId,
    input: {
      entries: held.membershipIds.map((membershipId, index) => ({
        membershipId,
        status: (takes + index) % 2 === 0 ? 'PRESENT' : 'ABSENT',
      })),
    },
  };
}

questions.push({
  name: 'Q7 staff record ten attendance marks and read them back',
  viewer: 'staff',
  query: RECORD,
  variables: recordVariables,
  // The viewer; the convening, locked; its cohorts, the memberships with their teams and the
  // marks already there, read together; the marks with their audit events and webhook event,
  // written together. `begin` and `commit` do not pass the ORM's query hook (on the wire, as the
  // benchmark counts, this is 6). The answer's `membership { id }` needs no read: staff read
  // every membership.
  statements: 4,
});

describe('SQL statements per request', () => {
  it.each(questions)(
    '$name: $statements',
    async ({ viewer, query, variables, statements: count }) => {
      // Three runs, each with the same count (one statement under way at a time,
      // scope/statement-batch.ts).
      const counts: number[] = [];
      for (let run = 0; run < 3; run++) {
        const { result, statements } = await countStatements(context.server.orm, () =>
          viewers[viewer].graphql(query, variables?.()),
        );
        expect(result.errors).toBeUndefined();
        counts.push(statements.length);
      }
      expect(counts).toEqual([count, count, count]);
    },
  );
});
