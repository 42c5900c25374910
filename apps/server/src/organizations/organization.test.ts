import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';

const context = useTestServer();

const CREATE =
  'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version name kind cdsCode countyOffice { name } } }';
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version name } }';

async function countyOfficeId(code: string): Promise<string> {
  const { data } = await context.server.graphql<{
    organizations: { nodes: { id: string; countyCode: string }[] };
  }>(
    'query { organizations(filter: { kind: COUNTY_OFFICE }, limit: 100) { nodes { id countyCode } } }',
  );
  const office = data?.organizations.nodes.find((node) => node.countyCode === code);
  if (!office) throw new Error(`no county office ${code}`);
  return office.id;
}

describe('organizations', () => {
  it('creates an LEA in a county office, normalizing its CDS code', async () => {
    const { data, errors } = await context.server.graphql<{
      createOrganization: { cdsCode: string; countyOffice: { name: string } };
    }>(CREATE, {
      input: {
        kind: 'LEA',
        name: 'Sample Valley Unified',
        countyOfficeId: await countyOfficeId('19'),
        cdsCode: '19-64733-0000000',
        leaType: 'UNIFIED_DISTRICT',
        locale: 'RURAL',
      },
    });
    expect(errors).toBeUndefined();
    expect(data?.createOrganization.cdsCode).toBe('19647330000000');
    expect(data?.createOrganization.countyOffice.name).toBe(
      'Los Angeles County Office of Education',
    );
  });

  it('finds organizations by text and sorts them', async () => {
    const { data } = await context.server.graphql<{
      organizations: { totalCount: number; nodes: { name: string }[] };
    }>(
      'query { organizations(filter: { q: "riverside" }, orderBy: [{ field: NAME, direction: DESC }]) { totalCount nodes { name } } }',
    );
    expect(data?.organizations.nodes.map((node) => node.name)).toEqual([
      'Riverside Unified School District',
      'Riverside County Office of Education',
    ]);
  });

  it('answers a malformed id in a filter with BAD_USER_INPUT naming it', async () => {
    const { errors } = await context.server.graphql(
      '{ organizations(filter: { countyOfficeId: "nineteen" }) { totalCount } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.countyOfficeId', message: 'must be an id' }],
    });
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const { data } = await context.server.graphql<{
      createOrganization: { id: string; version: number };
    }>(CREATE, {
      input: { kind: 'COMMUNITY_ORGANIZATION', name: 'Neighborhood Partners' },
    });
    const { id, version } = data?.createOrganization ?? { id: '', version: 0 };
    const first = await context.server.graphql<{
      updateOrganization: { version: number; name: string };
    }>(UPDATE, { id, version, input: { name: 'Neighborhood Partners Network' } });
    expect(first.data?.updateOrganization).toMatchObject({
      version: version + 1,
      name: 'Neighborhood Partners Network',
    });
    const before = await databaseSnapshot(context.server.orm);
    const stale = await context.server.graphql(UPDATE, {
      id,
      version,
      input: { name: 'Lost update' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it('deletes an organization nothing refers to, and answers NOT_FOUND for an unknown id', async () => {
    const { data } = await context.server.graphql<{ createOrganization: { id: string } }>(CREATE, {
      input: { kind: 'COMMUNITY_ORGANIZATION', name: 'Short-lived' },
    });
    const id = data?.createOrganization.id;
    const deleted = await context.server.graphql<{ deleteOrganization: string }>(
      'mutation ($id: ID!) { deleteOrganization(id: $id) }',
      { id },
    );
    expect(deleted.data?.deleteOrganization).toBe(id);
    const again = await context.server.graphql(
      'mutation ($id: ID!) { deleteOrganization(id: $id) }',
      { id },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const lookup = await context.server.graphql<{ organization: null }>(
      'query ($id: ID!) { organization(id: $id) { id } }',
      { id },
    );
    expect(lookup.data?.organization).toBeNull();
  });

  it('refuses to delete a county office that LEAs belong to, changing nothing', async () => {
    const before = await databaseSnapshot(context.server.orm);
    const { errors } = await context.server.graphql(
      'mutation ($id: ID!) { deleteOrganization(id: $id) }',
      { id: await countyOfficeId('19') },
    );
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  const cases = [
    {
      title: 'a missing name',
      input: () => ({ kind: 'COMMUNITY_ORGANIZATION' }),
      field: 'input.name',
    },
    {
      title: 'an empty name',
      input: () => ({ kind: 'COMMUNITY_ORGANIZATION', name: '' }),
      field: 'input.name',
    },
    { title: 'an unknown kind', input: () => ({ kind: 'CLUB', name: 'X' }), field: 'input.kind' },
    {
      title: 'an LEA without a county office',
      input: () => ({ kind: 'LEA', name: 'X' }),
      field: 'input.countyOfficeId',
    },
    {
      title: 'an unknown county office id',
      input: () => ({
        kind: 'LEA',
        name: 'X',
        countyOfficeId: '00000000-0000-4000-8000-000000000000',
      }),
      field: 'input.countyOfficeId',
    },
    {
      title: 'a malformed county office id',
      input: () => ({ kind: 'LEA', name: 'X', countyOfficeId: 'nineteen' }),
      field: 'input.countyOfficeId',
    },
    {
      title: 'a malformed CDS code',
      input: async () => ({
        kind: 'LEA',
        name: 'X',
        countyOfficeId: await countyOfficeId('19'),
        cdsCode: '1964733',
      }),
      field: 'input.cdsCode',
    },
    {
      title: 'a duplicate CDS code',
      input: async () => ({
        kind: 'LEA',
        name: 'X',
        countyOfficeId: await countyOfficeId('19'),
        cdsCode: '19647330000000',
      }),
      field: 'input.cdsCode',
    },
    {
      title: 'a duplicate county code',
      input: () => ({ kind: 'COUNTY_OFFICE', name: 'X', countyCode: '19' }),
      field: 'input.countyCode',
    },
    {
      title: 'a school without an LEA',
      input: () => ({ kind: 'SCHOOL', name: 'X' }),
      field: 'input.leaId',
    },
    {
      title: 'a malformed website',
      input: () => ({ kind: 'COMMUNITY_ORGANIZATION', name: 'X', website: 'not a url' }),
      field: 'input.website',
    },
  ];

  it.each(cases)(
    'refuses $title with BAD_USER_INPUT naming $field, changing nothing',
    async ({ input, field }) => {
      const variables = { input: await input() };
      const before = await databaseSnapshot(context.server.orm);
      const { errors } = await context.server.graphql(CREATE, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.fields?.map((problem) => problem.path)).toContain(field);
      expect(await databaseSnapshot(context.server.orm)).toEqual(before);
    },
  );
});
