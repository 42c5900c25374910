import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../testing/database-snapshot.js';
import { unlimitedQueries } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

// A hundred rows at each of three levels costs far more than any query may (limits/): this test
// is about statement counts, so its server allows it.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

// A credential's first request of a window also writes its budget counters (limits/budget-ledger.ts).
beforeAll(async () => {
  await context.server.graphql('{ __typename }');
});

/** Three levels of nested lists, with references at each level. */
const deep = (via: string) => /* GraphQL */ `
  query ($limit: Int!) {
    cohorts(limit: $limit) {
      nodes {
        ${via}
        name
        teams(limit: $limit) {
          totalCount
          nodes {
            name
            leadLea { name countyOffice { name } }
            memberships(limit: $limit) { totalCount nodes { role person { familyName } } }
          }
        }
      }
    }
  }
`;

async function statementsFor(limit: number, via = '') {
  const { result, statements } = await countStatements(context.server.orm, () =>
    context.server.graphql(deep(via), { limit }),
  );
  expect(result.errors).toBeUndefined();
  return { statements: statements.length, result };
}

describe('nested lists are batched', () => {
  it.each([
    // The viewer's lookup, then the whole answer in one statement (scope/compiled-read.ts).
    ['built in SQL', '', 2],
    // Sent to the resolvers by a directive: the viewer's lookup, then one statement per level
    // (scope/statement-batch.ts): cohorts with their total; teams with their lead LEAs and those
    // LEAs' county offices; memberships with their people.
    ['by the resolvers', '__typename @include(if: true)', 4],
  ])(
    'runs as many SQL statements for 1 row per list as for 100, %s: the count follows depth, not length',
    async (_, via, count) => {
      const small = await statementsFor(1, via);
      const large = await statementsFor(100, via);
      const teams = (
        large.result.data as { cohorts: { nodes: { teams: { nodes: unknown[] } }[] } }
      ).cohorts.nodes.flatMap((cohort) => cohort.teams.nodes);
      expect(teams.length).toBeGreaterThan(10);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBe(count);
    },
  );

  it('pages nested lists per parent, with each parent its own total', async () => {
    const { data } = await context.server.graphql<{
      cohorts: { nodes: { teams: { totalCount: number; nodes: unknown[] } }[] };
    }>(
      'query { cohorts(orderBy: [{ field: NUMBER }]) { nodes { teams(limit: 2, offset: 5) { totalCount nodes { __typename } } } } }',
    );
    expect(
      data?.cohorts.nodes.map((cohort) => [cohort.teams.totalCount, cohort.teams.nodes.length]),
    ).toEqual([
      [6, 1],
      [12, 2],
      [0, 0],
    ]);
  });
});
