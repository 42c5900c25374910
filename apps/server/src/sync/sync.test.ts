import { getNamedType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../database/bulk-insert.js';
import { graphqlSchema } from '../graphql/schema.js';
import { Organization } from '../organizations/organization.entity.js';
import { type DemoViewers, demoViewers } from '../testing/demo-viewers.js';
import type { GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { encodeCursor } from './cursor.js';
import { DELETION_RETENTION_DAYS, purgeDeletions, SYNCED_ENTITY_TYPES } from './deletions.js';

/**
 * The sync contract partners code against (docs/partners.md): change filters, the keyset order
 * and its cursors, `updatedAt` kept by the database on every write, and the deletions feed with
 * its scope and retention.
 */
const context = useTestServer({ demo: true });
let viewers: DemoViewers;

const sql = context.sql;

interface OrganizationPage {
  organizations: {
    totalCount: number;
    nodes: { id: string; updatedAt: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
const ORGANIZATIONS = `query ($after: String, $limit: Int, $offset: Int, $orderBy: [OrganizationOrder!], $filter: OrganizationFilter) {
  organizations(after: $after, limit: $limit, offset: $offset, orderBy: $orderBy, filter: $filter) {
    totalCount nodes { id updatedAt } pageInfo { endCursor hasNextPage }
  }
}`;
const SYNC_ORDER = [{ field: 'UPDATED_AT', direction: 'ASC' }];

async function inLanguage(language: 'en' | 'es', query: string, variables: object) {
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${viewers.api.credentials.bearer}`,
      'accept-language': language,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResponse;
}

beforeAll(async () => {
  viewers = await demoViewers(context.server);
});

describe('keyset pages', () => {
  it('walk a list in the sync order, meeting a record changed meanwhile again at the end and skipping none', async () => {
    const all = await sql<{ id: string }>('select id from organization');
    const seen: string[] = [];
    let after: string | null = null;
    let changedSeen: string | undefined;
    let changedUnseen: string | undefined;
    for (let page = 0; ; page++) {
      const result: GraphqlResponse<OrganizationPage> = await viewers.api.graphql<OrganizationPage>(
        ORGANIZATIONS,
        { after, limit: 40, orderBy: SYNC_ORDER },
      );
      expect(result.errors).toBeUndefined();
      const data = result.data?.organizations;
      if (!data) throw new Error('no page');
      expect(data.totalCount).toBe(all.length);
      seen.push(...data.nodes.map((node) => node.id));
      if (page === 0) {
        // Between two pages, a write without `updated_at` (raw SQL) to one record already
        // read and to one not read yet: the database moves both to the end of the order.
        changedSeen = data.nodes[0]?.id;
        [{ id: changedUnseen } = { id: '' }] = await sql<{ id: string }>(
          'select id from organization where not (id = any(?::uuid[])) order by updated_at, id limit 1',
          [`{${seen.join(',')}}`],
        );
        await sql('update organization set name = name where id in (?, ?)', [
          changedSeen,
          changedUnseen,
        ]);
      }
      if (!data.pageInfo.hasNextPage) {
        // The last page's cursor stays usable: an empty page that hands it back.
        const next = await viewers.api.graphql<OrganizationPage>(ORGANIZATIONS, {
          after: data.pageInfo.endCursor,
          limit: 40,
        });
        expect(next.data?.organizations.nodes).toEqual([]);
        expect(next.data?.organizations.pageInfo).toEqual({
          endCursor: data.pageInfo.endCursor,
          hasNextPage: false,
        });
        break;
      }
      after = data.pageInfo.endCursor;
    }
    expect(new Set(seen)).toEqual(new Set(all.map((row) => row.id)));
    expect(seen.filter((id) => id === changedSeen)).toHaveLength(2);
    expect(seen.filter((id) => id === changedUnseen)).toHaveLength(1);
    expect(seen.slice(-2).sort()).toEqual([changedSeen, changedUnseen].sort());
    expect(seen.length).toBe(all.length + 1);
  });

  it('give an offset page no cursor, and tell whether more follow', async () => {
    const result = await viewers.api.graphql<OrganizationPage>(ORGANIZATIONS, { limit: 2 });
    expect(result.data?.organizations.pageInfo).toEqual({ endCursor: null, hasNextPage: true });
  });

  it('filter by the time of the last change, both ends included', async () => {
    const [row] = await sql<{ id: string; at: string }>(
      `update organization set name = name where id = (select id from organization order by id limit 1)
       returning id, to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at`,
    );
    const result = await viewers.api.graphql<OrganizationPage>(ORGANIZATIONS, {
      filter: { updatedAtFrom: row?.at, updatedAtTo: row?.at },
    });
    expect(result.data?.organizations.nodes.map((node) => node.id)).toEqual([row?.id]);
    expect(result.data?.organizations.nodes[0]?.updatedAt).toBe(row?.at);
  });

  it.each([
    ['a malformed cursor', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of another shape', { after: encodeCursor({ at: new Date(), key: '42' }) }, 'after'],
    [
      'a cursor with an offset',
      { after: encodeCursor({ at: new Date(), key: crypto.randomUUID() }), offset: 10 },
      'offset',
    ],
    [
      'a cursor with another order',
      {
        after: encodeCursor({ at: new Date(), key: crypto.randomUUID() }),
        orderBy: [{ field: 'NAME', direction: 'ASC' }],
      },
      'orderBy',
    ],
  ])('refuse %s, naming the field, in English and Spanish', async (_, variables, field) => {
    const english = await inLanguage('en', ORGANIZATIONS, variables);
    const spanish = await inLanguage('es', ORGANIZATIONS, variables);
    for (const result of [english, spanish]) {
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toEqual([
        field,
      ]);
    }
    expect(english.errors?.[0]?.message).not.toBe(spanish.errors?.[0]?.message);
    expect(english.errors?.[0]?.message).toMatch(/cursor/);
    expect(spanish.errors?.[0]?.message).toMatch(/cursor/);
  });
});

describe('updatedAt', () => {
  it('changes on every write, whoever writes it, to the millisecond', async () => {
    const [before] = await sql<{ id: string; updated_at: string }>(
      'select id, updated_at::text from team order by id limit 1',
    );
    // A write by raw SQL that leaves updated_at alone.
    await sql('update team set version = version where id = ?', [before?.id]);
    const [after] = await sql<{ later: boolean; exact: boolean }>(
      "select updated_at > ?::timestamptz as later, updated_at = date_trunc('milliseconds', updated_at) as exact from team where id = ?",
      [before?.updated_at, before?.id],
    );
    expect(after).toEqual({ later: true, exact: true });

    // A bulk insert (imports) keeps the time it was given, at the cursor's precision.
    const em = context.server.em();
    const id = crypto.randomUUID();
    const at = new Date('2026-01-02T03:04:05.678Z');
    await em.transactional(async (tx) => {
      await insertRows(tx as never, Organization, [
        {
          id,
          version: 1,
          createdAt: at,
          updatedAt: at,
          name: 'Bulk organization',
          kind: 'COMMUNITY_ORGANIZATION',
        },
      ]);
    });
    const [inserted] = await sql<{ same: boolean }>(
      'select updated_at = ?::timestamptz as same from organization where id = ?',
      [at.toISOString(), id],
    );
    expect(inserted?.same).toBe(true);
  });

  it('is kept by a trigger on every table that has it', async () => {
    const missing = await sql<{ table_name: string }>(
      `select c.table_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = 'public' and c.column_name = 'updated_at' and t.table_type = 'BASE TABLE'
         and not exists (select 1 from information_schema.triggers g
                         where g.event_object_table = c.table_name and g.trigger_name = 'touch_updated_at')`,
    );
    expect(missing).toEqual([]);
  });
});

interface DeletionsData {
  deletions: {
    totalCount: number;
    nodes: { entityType: string; id: string; deletedAt: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
const DELETIONS = `query ($since: DateTime!, $entityTypes: [SyncedEntityType!], $after: String, $limit: Int) {
  deletions(since: $since, entityTypes: $entityTypes, after: $after, limit: $limit) {
    totalCount nodes { entityType id deletedAt } pageInfo { endCursor hasNextPage }
  }
}`;

/** A person on no roster, made as a CEI admin: its id. */
async function newPerson(givenName: string): Promise<string> {
  const { data, errors } = await context.server.graphql<{ createPerson: { id: string } }>(
    'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    { input: { givenName, familyName: 'Example' } },
  );
  expect(errors).toBeUndefined();
  return data?.createPerson.id ?? '';
}

describe('deletions', () => {
  it('are told to whoever could read the deleted record, and to no one else', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    // A Riverside membership (the liaison covers it, the API partner reads no roster) and a
    // convening (public), deleted through the API; the convening's attendance goes with it.
    // A seat on a Riverside team (the demo liaison's county) that nothing else refers to.
    const [team] = await sql<{ id: string }>(
      `select t.id from team t join organization l on l.id = t.lead_lea_id
       join organization c on c.id = l.county_office_id where c.county_code = '33' limit 1`,
    );
    const person = await newPerson('Dana');
    const created = await context.server.graphql<{ createMembership: { id: string } }>(
      'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
      {
        input: { teamId: team?.id, personId: person, role: 'SITE_STAFF', startedOn: '2021-01-01' },
      },
    );
    expect(created.errors).toBeUndefined();
    const membership = created.data?.createMembership;
    const [convening] = await sql<{ id: string }>(
      'select id from convening where exists (select 1 from attendance a where a.convening_id = convening.id) limit 1',
    );
    const attendance = await sql<{ id: string }>(
      'select id from attendance where convening_id = ?',
      [convening?.id],
    );
    for (const [mutation, id] of [
      ['deleteMembership', membership?.id],
      ['deleteConvening', convening?.id],
    ] as const) {
      const result = await context.server.graphql(`mutation ($id: ID!) { ${mutation}(id: $id) }`, {
        id,
      });
      expect(result.errors).toBeUndefined();
    }
    const deletedBy = async (client: typeof viewers.api) => {
      const result = await client.graphql<DeletionsData>(DELETIONS, { since, limit: 100 });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return new Set(result.data?.deletions.nodes.map((node) => `${node.entityType}:${node.id}`));
    };
    const ofConvening = [`CONVENING:${convening?.id}`];
    const ofAttendance = attendance.map((row) => `ATTENDANCE:${row.id}`);
    const ofMembership = [`MEMBERSHIP:${membership?.id}`];
    expect(attendance.length).toBeGreaterThan(0);
    expect(await deletedBy(context.server)).toEqual(
      new Set([...ofMembership, ...ofConvening, ...ofAttendance]),
    );
    expect(await deletedBy(viewers.api)).toEqual(new Set(ofConvening));
    const liaison = await deletedBy(viewers.liaison);
    expect(liaison.has(ofMembership[0] as string)).toBe(true);
    expect(liaison.has(ofConvening[0] as string)).toBe(true);
    expect(ofAttendance.filter((key) => liaison.has(key))).toEqual([]);

    // Asking for one type only.
    const memberships = await context.server.graphql<DeletionsData>(DELETIONS, {
      since,
      entityTypes: ['MEMBERSHIP'],
    });
    expect(memberships.data?.deletions.nodes.map((node) => node.id)).toEqual([membership?.id]);
  });

  it('come a page at a time with a cursor, in the order they happened', async () => {
    const since = new Date(Date.now() - 1_000).toISOString();
    for (const name of ['Ada', 'Ben', 'Cy', 'Di', 'Ed']) {
      const deleted = await context.server.graphql(
        'mutation ($id: ID!) { deletePerson(id: $id) }',
        {
          id: await newPerson(name),
        },
      );
      expect(deleted.errors).toBeUndefined();
    }
    const everything = await context.server.graphql<DeletionsData>(DELETIONS, {
      since,
      limit: 100,
    });
    const expected = everything.data?.deletions.nodes ?? [];
    expect(expected.length).toBeGreaterThan(2);
    const paged: DeletionsData['deletions']['nodes'] = [];
    let after: string | null = null;
    do {
      const result: GraphqlResponse<DeletionsData> = await context.server.graphql<DeletionsData>(
        DELETIONS,
        { since, after, limit: 2 },
      );
      expect(result.data?.deletions.totalCount).toBe(expected.length);
      paged.push(...(result.data?.deletions.nodes ?? []));
      after = result.data?.deletions.pageInfo.hasNextPage
        ? (result.data.deletions.pageInfo.endCursor ?? null)
        : null;
    } while (after);
    expect(paged).toEqual(expected);
  });

  it(`refuse a time older than the ${DELETION_RETENTION_DAYS} days they are kept, in English and Spanish`, async () => {
    const since = new Date(Date.now() - (DELETION_RETENTION_DAYS + 1) * 86_400_000).toISOString();
    const english = await inLanguage('en', DELETIONS, { since });
    const spanish = await inLanguage('es', DELETIONS, { since });
    for (const result of [english, spanish]) {
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('since');
    }
    expect(english.errors?.[0]?.message).toMatch(/full pull/);
    expect(spanish.errors?.[0]?.message).toMatch(/listas completas/);
    const malformed = await inLanguage('en', DELETIONS, {
      since: new Date().toISOString(),
      after: encodeCursor({ at: new Date(), key: crypto.randomUUID() }),
    });
    expect(malformed.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('after');
  });

  it('are purged after the retention', async () => {
    const old = new Date(Date.now() - (DELETION_RETENTION_DAYS + 1) * 86_400_000);
    await sql(
      `insert into deletion (entity_type, entity_id, deleted_at, scope) values ('Team', gen_random_uuid(), ?, '{}')`,
      [old.toISOString()],
    );
    const [{ count: before } = { count: 0 }] = await sql<{ count: number }>(
      'select count(*)::int as count from deletion',
    );
    expect(await purgeDeletions(context.server.em())).toEqual({ purged: 1 });
    const [{ count: after } = { count: 0 }] = await sql<{ count: number }>(
      'select count(*)::int as count from deletion',
    );
    expect(after).toBe(before - 1);
  });

  it('are recorded in the transaction of the delete, cascades included, whoever deletes', async () => {
    const [convening] = await sql<{ id: string }>(
      'select id from convening where exists (select 1 from attendance a where a.convening_id = convening.id) limit 1',
    );
    const attendance = await sql<{ id: string }>(
      'select id from attendance where convening_id = ?',
      [convening?.id],
    );
    const recorded = () =>
      sql<{ entity_type: string; entity_id: string }>(
        'select entity_type, entity_id from deletion where entity_id = any(?::uuid[]) order by entity_type, entity_id',
        [`{${[convening?.id, ...attendance.map((row) => row.id)].join(',')}}`],
      );
    // Rolled back: nothing recorded.
    const em = context.server.em();
    await em
      .transactional(async (tx) => {
        await tx.execute('delete from convening where id = ?', [convening?.id]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await recorded()).toEqual([]);
    // Raw SQL, the attendance going by the foreign key's cascade.
    await sql('delete from convening where id = ?', [convening?.id]);
    expect(await recorded()).toEqual(
      [
        { entity_type: 'Convening', entity_id: convening?.id },
        ...attendance.map((row) => ({ entity_type: 'Attendance', entity_id: row.id })),
      ].sort((a, b) =>
        `${a.entity_type}${a.entity_id}`.localeCompare(`${b.entity_type}${b.entity_id}`),
      ),
    );
    // The kept row has the ids scope rules read, and none of the texts.
    const [kept] = await sql<{ scope: Record<string, unknown> }>(
      "select scope from deletion where entity_type = 'Attendance' limit 1",
    );
    expect(Object.keys(kept?.scope ?? {})).toEqual(
      expect.arrayContaining(['id', 'membership_id', 'convening_id']),
    );
    const [keptConvening] = await sql<{ scope: Record<string, unknown> }>(
      "select scope from deletion where entity_type = 'Convening' and entity_id = ?",
      [convening?.id],
    );
    expect(Object.keys(keptConvening?.scope ?? {})).toContain('starts_at');
    expect(Object.keys(keptConvening?.scope ?? {})).not.toContain('title');
    expect(Object.keys(keptConvening?.scope ?? {})).not.toContain('venue');
  });

  it('are recorded for the type of every root list but the audit log (which is never deleted)', async () => {
    const schema = await graphqlSchema();
    const listed = Object.values(schema.getQueryType()?.getFields() ?? {}).flatMap((field) => {
      const page = getNamedType(field.type);
      if (!isObjectType(page) || !page.name.endsWith('Page') || page.name === 'DeletionPage')
        return [];
      return [getNamedType(page.getFields().nodes?.type)?.name];
    });
    expect(new Set(listed)).toEqual(new Set([...SYNCED_ENTITY_TYPES, 'AuditEvent']));
  });

  it('are recorded by a trigger on the table of every synced type', async () => {
    const missing = await sql<{ entity: string }>(
      `select t.entity from unnest(?::text[]) as t(entity)
       where not exists (select 1 from information_schema.triggers g
         where g.trigger_name = 'record_deletion' and g.action_statement like '%(''' || t.entity || ''')%')`,
      [`{${SYNCED_ENTITY_TYPES.join(',')}}`],
    );
    expect(missing).toEqual([]);
  });
});
