import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * The sync recipe of docs/partners.md, run by an API partner token while CEI staff create,
 * change and delete records at the same time: a full pull in keyset pages, then rounds of
 * changes (from the latest `updatedAt` held, less the margin) and deletions. When the writes
 * stop and a last round has run, the partner's copy is exactly what its scope allows.
 */
const context = useTestServer({ demo: true });
let viewers: DemoViewers;

/** The margin docs/partners.md asks for: longer than any write transaction runs. */
const MARGIN_MS = 5 * 60_000;

/** Lists the partner syncs, with the type name the deletions feed uses. */
const LISTS = [
  { field: 'convenings', type: 'CONVENING', table: 'convening', fields: 'title' },
  { field: 'organizations', type: 'ORGANIZATION', table: 'organization', fields: 'name' },
  // Person-level data: none of it is the API partner's, and none may reach it, deletions neither.
  { field: 'memberships', type: 'MEMBERSHIP', table: 'membership', fields: 'endedOn' },
] as const;

type Row = { id: string; updatedAt: string } & Record<string, unknown>;
interface PageData {
  [list: string]: {
    nodes: Row[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
interface DeletionsData {
  deletions: {
    nodes: { entityType: string; id: string; deletedAt: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

/** A partner's copy of the lists, kept by the recipe. */
class PartnerCopy {
  readonly records = new Map<string, Map<string, Row>>(
    LISTS.map((list) => [list.field, new Map()]),
  );
  readonly deletionTypesSeen = new Set<string>();
  private latestChange = new Map<string, string>();
  private latestDeletion: string | undefined;

  constructor(private readonly client: GraphqlClient) {}

  /** The first pull: every record, and the time deletions are asked from afterwards. */
  async fullPull(): Promise<void> {
    this.latestDeletion = new Date().toISOString();
    for (const list of LISTS) await this.pull(list, null);
  }

  /** A later pull: what changed, then what was deleted, since the latest held, less the margin. */
  async changes(): Promise<void> {
    for (const list of LISTS) {
      const latest = this.latestChange.get(list.field);
      await this.pull(list, latest ? minus(latest, MARGIN_MS) : null);
    }
    let after: string | null = null;
    const since = minus(this.latestDeletion ?? new Date().toISOString(), MARGIN_MS);
    for (;;) {
      const result: GraphqlResponse<DeletionsData> = await this.client.graphql<DeletionsData>(
        `query ($since: DateTime!, $after: String) {
          deletions(since: $since, after: $after, limit: 100) {
            nodes { entityType id deletedAt } pageInfo { endCursor hasNextPage }
          }
        }`,
        { since, after },
      );
      expect(result.errors).toBeUndefined();
      const page: DeletionsData['deletions'] | undefined = result.data?.deletions;
      if (!page) throw new Error('no deletions page');
      for (const deletion of page.nodes) {
        this.deletionTypesSeen.add(deletion.entityType);
        const list = LISTS.find((candidate) => candidate.type === deletion.entityType);
        if (list) this.records.get(list.field)?.delete(deletion.id);
        if (!this.latestDeletion || deletion.deletedAt > this.latestDeletion) {
          this.latestDeletion = deletion.deletedAt;
        }
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  }

  private async pull(list: (typeof LISTS)[number], from: string | null): Promise<void> {
    let after: string | null = null;
    const copy = this.records.get(list.field) as Map<string, Row>;
    for (;;) {
      const result: { data?: PageData | null; errors?: unknown } =
        await this.client.graphql<PageData>(
          `query ($after: String, $from: DateTime) {
            ${list.field}(after: $after, filter: { updatedAtFrom: $from }, orderBy: [{ field: UPDATED_AT }], limit: 100) {
              nodes { id updatedAt ${list.fields} } pageInfo { endCursor hasNextPage }
            }
          }`,
          { after, from },
        );
      expect(result.errors).toBeUndefined();
      const page = result.data?.[list.field];
      if (!page) throw new Error(`no ${list.field} page`);
      for (const node of page.nodes) {
        copy.set(node.id, node);
        const latest = this.latestChange.get(list.field);
        if (!latest || node.updatedAt > latest) this.latestChange.set(list.field, node.updatedAt);
      }
      if (!page.pageInfo.hasNextPage) return;
      after = page.pageInfo.endCursor;
    }
  }
}

const minus = (instant: string, ms: number) => new Date(Date.parse(instant) - ms).toISOString();

/** CEI staff at work: creates, changes and deletes convenings, organizations and memberships. */
async function writeMeanwhile(client: GraphqlClient, cohortId: string, rounds: number) {
  const convenings: string[] = [];
  const organizations: string[] = [];
  const memberships = (
    await context.sql<{ id: string }>(
      `select id from membership m where not exists (select 1 from attendance a where a.membership_id = m.id)
           and not exists (select 1 from reimbursement r where r.membership_id = m.id)
         order by id limit ?`,
      [rounds],
    )
  ).map((row) => row.id);
  const call = async (query: string, variables: object) => {
    const result = await client.graphql<Record<string, { id: string; version: number }>>(
      query,
      variables as Record<string, unknown>,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data;
  };
  for (let round = 0; round < rounds; round++) {
    const convening = await call(
      'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id version } }',
      {
        input: {
          cohortIds: [cohortId],
          programYear: '2019-20',
          number: 30 + round,
          modality: 'VIRTUAL',
          startsAt: '2019-10-01T17:00:00Z',
          title: `Sync convening ${round}`,
        },
      },
    );
    const organization = await call(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }',
      { input: { kind: 'COMMUNITY_ORGANIZATION', name: `Sync partner ${round}` } },
    );
    convenings.push(convening?.createConvening?.id ?? '');
    organizations.push(organization?.createOrganization?.id ?? '');
    if (round % 2 === 1) {
      // Change the one before, then delete the one before that.
      const id = convenings[round - 1] as string;
      const [current] = await context.sql<{ version: number }>(
        'select version from convening where id = ?',
        [id],
      );
      await call(
        'mutation ($id: ID!, $version: Int!) { updateConvening(id: $id, version: $version, input: { title: "Changed" }) { id version } }',
        { id, version: current?.version },
      );
      await call('mutation ($id: ID!) { deleteConvening(id: $id) }', { id: convenings[round] });
      await call('mutation ($id: ID!) { deleteOrganization(id: $id) }', {
        id: organizations[round - 1],
      });
    }
    if (memberships[round]) {
      await call('mutation ($id: ID!) { deleteMembership(id: $id) }', { id: memberships[round] });
    }
  }
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
});

describe('a partner syncing while others write', () => {
  it('ends with a copy equal to what its scope allows, deletions included', async () => {
    const [cohort] = await context.sql<{ id: string }>('select id from cohort limit 1');
    const partner = new PartnerCopy(viewers.api);
    await partner.fullPull();
    let writing = true;
    // Held, not thrown, until the loop below ends: a writer's failure fails the test.
    const writer = writeMeanwhile(viewers.staff, cohort?.id ?? '', 12)
      .then(
        () => null,
        (error: unknown) => error,
      )
      .finally(() => {
        writing = false;
      });
    let rounds = 0;
    while (writing) {
      await partner.changes();
      rounds++;
    }
    const failure = await writer;
    if (failure) throw failure;
    await partner.changes();
    expect(rounds).toBeGreaterThan(0);

    for (const list of LISTS) {
      const copy = partner.records.get(list.field) as Map<string, Row>;
      if (list.type === 'MEMBERSHIP') {
        expect(copy.size, list.field).toBe(0);
        continue;
      }
      const rows = await context.sql<{ id: string; updatedAt: string }>(
        `select id, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt" from "${list.table}"`,
      );
      expect(new Map([...copy.values()].map((row) => [row.id, row.updatedAt])), list.field).toEqual(
        new Map(rows.map((row) => [row.id, row.updatedAt])),
      );
    }
    // The writes were there to be seen: created, changed and deleted records of each kind.
    const convenings = partner.records.get('convenings') as Map<string, Row>;
    expect([...convenings.values()].filter((row) => row.title === 'Changed').length).toBe(6);
    expect([...convenings.values()].filter((row) => row.title === 'Sync convening 1')).toEqual([]);
    expect(partner.deletionTypesSeen.has('CONVENING')).toBe(true);
    expect(partner.deletionTypesSeen.has('ORGANIZATION')).toBe(true);
    expect(partner.deletionTypesSeen.has('MEMBERSHIP')).toBe(false);
  });
});
