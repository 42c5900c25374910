import { Role, TeamRole, todayInPacific } from '@cei/domain';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccountRecord } from '../accounts/account.service.js';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { accessOf, PUBLIC, SIGNED_IN } from '../graphql/access.js';
import { graphqlSchema } from '../graphql/schema.js';
import { Organization } from '../organizations/organization.entity.js';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import {
  type GraphqlClient,
  type GraphqlResponse,
  unlimitedQueries,
} from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * The access matrix, generated from the schema: for every viewer (each role, and two liaisons of
 * different counties), every root list and lookup, every nested list reachable from a visible
 * record, every count, every protected field and every mutation. A field or type added later is
 * covered without anyone writing a test. Expected rows come from SQL written against the
 * specification (domain.md), independently of the scope layer's rules.
 */
// Every viewer asks hundreds of queries in a few seconds: more than the request and cost budgets
// allow (limits/), which are not what this matrix is about.
const context = useTestServer({ demo: true, config: { rateLimits: unlimitedQueries() } });

interface MatrixViewer {
  name: string;
  role: Role | null;
  client: () => GraphqlClient;
  /** Teams whose records the viewer covers, by SQL; null: staff (all) or none (public, API). */
  coveredTeams: () => Promise<Set<string> | 'all' | 'none'>;
  accountId?: string;
}

const viewers: MatrixViewer[] = [];
let schema: GraphQLSchema;
const { sql } = context;
const idSet = async (query: string, params: unknown[] = []) =>
  new Set((await sql<{ id: string }>(query, params)).map((row) => row.id));

const teamsInCounties = (codes: string[]) =>
  idSet(
    `select t.id from team t join organization l on l.id = t.lead_lea_id join organization c on c.id = l.county_office_id where c.county_code in (${codes.map(() => '?').join(', ')})
     union select tl.team_id from team_lea tl join organization l on l.id = tl.lea_id join organization c on c.id = l.county_office_id where c.county_code in (${codes.map(() => '?').join(', ')})`,
    [...codes, ...codes],
  );

beforeAll(async () => {
  schema = await graphqlSchema();
  const em = context.server.em();
  const orange = await em.findOneOrFail(Organization, { countyCode: '30' });
  await createAccountRecord(em, {
    email: 'matrix.orange@example.org',
    displayName: 'Orange liaison',
    role: Role.COE_LIAISON,
    password: DEMO_PASSWORD,
    organizationIds: [orange.id],
  });
  const signedIn = async (email: string) => context.server.signIn(email, DEMO_PASSWORD);
  const clients = {
    staff: await signedIn('staff@example.org'),
    liaison: await signedIn('liaison@example.org'),
    orange: await signedIn('matrix.orange@example.org'),
    partner: await signedIn('partner@example.org'),
    lead: await signedIn('lead@example.org'),
  };
  const [api] = await sql<{ id: string }>("select id from account where email = 'api@example.org'");
  const issued = await context.server.graphql<{ issueApiToken: { token: string } }>(
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
    {
      input: {
        accountId: api?.id,
        name: 'Matrix',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  const apiClient = context.server.withToken(issued.data?.issueApiToken.token ?? '');
  // Personal records of two accounts, so that each viewer's own are told from the others'.
  for (const client of [context.server, clients.lead]) {
    await client.graphql(
      'mutation ($input: CreateSavedQueryInput!) { createSavedQuery(input: $input) { id } }',
      { input: { list: 'teams', name: 'Matrix', value: { filter: {} } } },
    );
  }
  // Webhook endpoints with a delivery each: the API partner's, and another API partner's.
  const otherApi = await createAccountRecord(em, {
    email: 'matrix.api@example.org',
    displayName: 'Another API partner',
    role: Role.API_PARTNER,
  });
  for (const owner of [api?.id, otherApi.id]) {
    const [endpoint] = await sql<{ id: string }>(
      `insert into webhook_endpoint (id, version, created_at, updated_at, owner_id, url, event_types, secret_seed)
       values (gen_random_uuid(), 1, now(), now(), ?, 'https://partner.example.org/hook', '{TEAM}', 'seed') returning id`,
      [owner],
    );
    await sql(
      `insert into webhook_delivery (id, version, created_at, updated_at, endpoint_id, event_id, event_type, action, record_id, occurred_at, next_attempt_at)
       values (gen_random_uuid(), 1, now(), now(), ?, gen_random_uuid(), 'TEAM', 'UPDATED', gen_random_uuid(), now(), now())`,
      [endpoint?.id],
    );
  }
  // A team the partner's organization has left: its one membership there has ended. The team
  // is no longer the partner's to read; that membership, the partner's own row, still is.
  const [left] = await sql<{ team_id: string; person_id: string; organization_id: string }>(
    `select t.id as team_id, p.id as person_id, b.organization_id from team t, person p, scope_binding b join account a on a.id = b.account_id
     where a.email = 'partner@example.org' and b.organization_id is not null
       and not exists (select 1 from membership m where m.team_id = t.id and m.organization_id = b.organization_id)
       and exists (select 1 from membership m where m.person_id = p.id and m.team_id = t.id)
     order by t.name, p.id limit 1`,
  );
  expect(left).toBeTruthy();
  await sql(
    `insert into membership (id, version, created_at, updated_at, team_id, person_id, organization_id, role, started_on, ended_on)
     values (gen_random_uuid(), 1, now(), now(), ?, ?, ?, ?, '2019-08-01', '2020-06-30')`,
    [left?.team_id, left?.person_id, left?.organization_id, TeamRole.COMMUNITY_PARTNER],
  );
  const partnerTeams = () =>
    idSet(
      `select distinct m.team_id as id from membership m join scope_binding b on b.organization_id = m.organization_id join account a on a.id = b.account_id where a.email = 'partner@example.org'
       and (m.ended_on is null or m.ended_on > ?)`,
      [todayInPacific(new Date())],
    );
  const leadTeams = () =>
    idSet(
      `select b.team_id as id from scope_binding b join account a on a.id = b.account_id where a.email = 'lead@example.org'`,
    );
  viewers.push(
    {
      name: 'the public',
      role: null,
      client: () => context.server.anonymous,
      coveredTeams: async () => 'none',
    },
    {
      name: 'a CEI admin',
      role: Role.CEI_ADMIN,
      client: () => context.server,
      coveredTeams: async () => 'all',
    },
    {
      name: 'CEI staff',
      role: Role.CEI_STAFF,
      client: () => clients.staff,
      coveredTeams: async () => 'all',
    },
    {
      name: 'the Riverside liaison',
      role: Role.COE_LIAISON,
      client: () => clients.liaison,
      coveredTeams: () => teamsInCounties(['33']),
    },
    {
      name: 'the Orange liaison',
      role: Role.COE_LIAISON,
      client: () => clients.orange,
      coveredTeams: () => teamsInCounties(['30']),
    },
    {
      name: 'a CBO partner',
      role: Role.CBO_PARTNER,
      client: () => clients.partner,
      coveredTeams: partnerTeams,
    },
    {
      name: 'a team lead',
      role: Role.TEAM_LEAD,
      client: () => clients.lead,
      coveredTeams: leadTeams,
    },
    {
      name: 'an API partner (token)',
      role: Role.API_PARTNER,
      client: () => apiClient,
      coveredTeams: async () => 'none',
    },
  );
});

// --- the specification, in SQL -------------------------------------------------------------

/** For records that belong to a team: which team, per entity. */
const TEAM_OF: Record<string, string> = {
  Membership: 'select id, team_id from membership',
  Person: 'select p.id, m.team_id from person p join membership m on m.person_id = p.id',
  Attendance:
    'select a.id, m.team_id from attendance a join membership m on m.id = a.membership_id',
  Reimbursement:
    'select r.id, m.team_id from reimbursement r join membership m on m.id = r.membership_id',
  Stipend: 'select id, team_id from stipend',
  Measurement: 'select id, team_id from measurement',
  CheckIn: 'select id, team_id from check_in',
  FollowUp: 'select f.id, c.team_id from follow_up f join check_in c on c.id = f.check_in_id',
  ProblemOfPractice: 'select id, team_id from problem_of_practice',
};

const PARTNER_ORGANIZATIONS = `select b.organization_id from scope_binding b join account a on a.id = b.account_id where a.email = 'partner@example.org'`;
const PARTNER_OWN_ROWS: Record<string, string> = {
  Membership: `select id from membership where organization_id in (${PARTNER_ORGANIZATIONS})`,
  Person: `select person_id as id from membership where organization_id in (${PARTNER_ORGANIZATIONS})`,
};

/** Which scoped roles read a team's records of each kind (domain.md, privacy tiers). */
const TEAM_RECORD_READERS: Record<string, Role[]> = {
  Membership: [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD],
  Person: [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD],
  Stipend: [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD],
  ProblemOfPractice: [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD],
  Measurement: [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD],
  CheckIn: [Role.COE_LIAISON, Role.TEAM_LEAD],
  FollowUp: [Role.COE_LIAISON, Role.TEAM_LEAD],
  Attendance: [Role.TEAM_LEAD],
  Reimbursement: [Role.TEAM_LEAD],
};

const PUBLIC_TYPES = new Set([
  'Organization',
  'LeadAgency',
  'Cohort',
  'CohortDeadline',
  'Team',
  'TeamLea',
  'Facilitation',
  'Convening',
  'Deliverable',
  'Appropriation',
  'Metric',
]);
/** An account's personal records: its own only, an admin's included. */
const PERSONAL_TYPES: Record<string, string> = {
  SavedQuery: 'select id from saved_query where owner_id = ?',
};
const OWN_ACCOUNT_TYPES: Record<string, string> = {
  Account: 'select id from account where id = ?',
  ScopeBinding: 'select id from scope_binding where account_id = ?',
  ApiToken: 'select id from api_token where account_id = ?',
  CalendarFeed: 'select id from calendar_feed where owner_id = ?',
  DataImport: 'select id from data_import where created_by_id = ?',
  WebhookEndpoint: 'select id from webhook_endpoint where owner_id = ?',
  WebhookDelivery:
    'select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where e.owner_id = ?',
};

/** The ids a viewer may read of a type, or null when the type's rows are not for them at all. */
async function expectedIds(
  viewer: MatrixViewer,
  type: string,
  accountId: string | null,
): Promise<Set<string> | 'all'> {
  if (PUBLIC_TYPES.has(type)) return 'all';
  if (type === 'RubricCriterion') return viewer.role ? 'all' : new Set();
  if (PERSONAL_TYPES[type])
    return accountId ? idSet(PERSONAL_TYPES[type] as string, [accountId]) : new Set();
  if (viewer.role === Role.CEI_ADMIN) return 'all';
  if (type === 'AuditEvent' || type === 'OutboxEmail') return new Set();
  if (OWN_ACCOUNT_TYPES[type])
    return accountId ? idSet(OWN_ACCOUNT_TYPES[type] as string, [accountId]) : new Set();
  if (viewer.role === Role.CEI_STAFF) return 'all';
  if (type === 'Measurement' && viewer.role === Role.API_PARTNER) return 'all';
  if (type === 'Reimbursement' && viewer.role === Role.CBO_PARTNER) {
    return idSet(
      `select r.id from reimbursement r join membership m on m.id = r.membership_id join scope_binding b on b.organization_id = m.organization_id join account a on a.id = b.account_id where a.email = 'partner@example.org'`,
    );
  }
  const teamOf = TEAM_OF[type];
  if (!teamOf || !viewer.role || !TEAM_RECORD_READERS[type]?.includes(viewer.role))
    return new Set();
  const covered = await viewer.coveredTeams();
  if (covered === 'none') return new Set();
  const rows = await sql<{ id: string; team_id: string }>(teamOf);
  const onCovered = rows
    .filter((row) => covered === 'all' || covered.has(row.team_id))
    .map((row) => row.id);
  // A CBO partner keeps its organization's own memberships (and their people), ended ones too.
  const own =
    viewer.role === Role.CBO_PARTNER && PARTNER_OWN_ROWS[type]
      ? await idSet(PARTNER_OWN_ROWS[type] as string)
      : new Set<string>();
  return new Set([...onCovered, ...own]);
}

/** Protected fields of a person a viewer must get as null. */
function hiddenPersonFields(role: Role | null, kind: string): string[] {
  if (role === Role.CEI_ADMIN || role === Role.CEI_STAFF || role === Role.TEAM_LEAD) return [];
  const names = kind === 'PROFESSIONAL' ? [] : ['givenName', 'familyName', 'email'];
  return [...names, 'phone', 'preferredLanguage'];
}

// --- the schema, walked ----------------------------------------------------------------------

function rootLists(): { field: string; type: GraphQLObjectType; lookup: string }[] {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return fields.flatMap((field) => {
    // Lists with a required argument (deletions) have tests of their own below.
    if (field.args.some((arg) => isNonNullType(arg.type))) return [];
    const page = getNamedType(field.type);
    if (!isObjectType(page) || !page.name.endsWith('Page')) return [];
    const type = getNamedType(page.getFields().nodes?.type) as GraphQLObjectType;
    return [
      { field: field.name, type, lookup: type.name.charAt(0).toLowerCase() + type.name.slice(1) },
    ];
  });
}

function scalarSelection(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter(
      (field) =>
        field.args.length === 0 &&
        (isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))),
    )
    .map((field) => field.name)
    .join(' ');
}

function nestedLists(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) =>
    getNamedType(field.type).name.endsWith('Page'),
  );
}

function allowed(rules: string[] | undefined, viewer: MatrixViewer): boolean {
  if (!rules) return false;
  if (rules.includes(PUBLIC)) return true;
  if (!viewer.role) return false;
  return rules.includes(SIGNED_IN) || rules.includes(viewer.role);
}

async function accountIdOf(viewer: MatrixViewer): Promise<string | null> {
  const me = await viewer.client().graphql<{ me: { id: string } | null }>('{ me { id } }');
  return me.data?.me?.id ?? null;
}

describe.each([0, 1, 2, 3, 4, 5, 6, 7])('the access matrix, viewer %i', (index) => {
  const viewer = () => viewers[index] as MatrixViewer;

  it('gets from every root list exactly the rows it may read, counted right, with protected fields null', async () => {
    const accountId = await accountIdOf(viewer());
    for (const list of rootLists()) {
      const query = `{ ${list.field}(limit: 100) { totalCount nodes { ${scalarSelection(list.type)} } } }`;
      const result = await viewer()
        .client()
        .graphql<Record<string, { totalCount: number; nodes: Record<string, unknown>[] }>>(query);
      const label = `${viewer().name} → ${list.field}`;
      if (!allowed(accessOf(schema.getQueryType() as GraphQLObjectType, list.field), viewer())) {
        expect(result.errors?.[0]?.extensions?.code, label).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
        expect(result.data ?? null, label).toBeNull();
        continue;
      }
      expect(result.errors, label).toBeUndefined();
      const page = result.data?.[list.field];
      const ids = (page?.nodes ?? []).map((node) => String(node.id));
      const expected = await expectedIds(viewer(), list.type.name, accountId);
      if (expected === 'all') {
        const [count] = await sql<{ count: string }>(
          `select count(*) from "${tableOf(list.type.name)}"`,
        );
        expect(page?.totalCount, label).toBe(Number(count?.count));
      } else {
        expect(page?.totalCount, label).toBe(expected.size);
        expect(
          ids.filter((id) => !expected.has(id)),
          `${label}: rows outside scope`,
        ).toEqual([]);
      }
      expect(ids.length, label).toBe(Math.min(page?.totalCount ?? 0, 100));
      if (list.type.name === 'Person') {
        for (const person of page?.nodes ?? []) {
          for (const field of hiddenPersonFields(viewer().role, String(person.kind))) {
            expect(person[field], `${label}: ${field} of a ${person.kind}`).toBeNull();
          }
        }
      }
    }
  });

  it('pages every root list by cursor in the sync order, within a change window, getting exactly the rows it may read', async () => {
    const accountId = await accountIdOf(viewer());
    for (const list of rootLists()) {
      if (!allowed(accessOf(schema.getQueryType() as GraphQLObjectType, list.field), viewer()))
        continue;
      const label = `${viewer().name} → ${list.field} by cursor`;
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: GraphqlResponse<Record<string, CursorPage>> = await viewer()
          .client()
          .graphql<Record<string, CursorPage>>(
            `query ($after: String) { ${list.field}(after: $after, limit: 100, orderBy: [{ field: UPDATED_AT }], filter: { updatedAtFrom: "2000-01-01T00:00:00Z", updatedAtTo: "2999-01-01T00:00:00Z" }) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
            { after },
          );
        expect(result.errors, label).toBeUndefined();
        const page = result.data?.[list.field];
        ids.push(...(page?.nodes ?? []).map((node) => node.id));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(ids).size, `${label}: each row once`).toBe(ids.length);
      const expected = await expectedIds(viewer(), list.type.name, accountId);
      if (expected === 'all') {
        const [count] = await sql<{ count: string }>(
          `select count(*) from "${tableOf(list.type.name)}"`,
        );
        expect(ids.length, label).toBe(Number(count?.count));
      } else {
        expect(new Set(ids), label).toEqual(expected);
      }
    }
  });

  it('finds no record outside its scope by id, in a lookup or a list filter, mixed with its own', async () => {
    const accountId = await accountIdOf(viewer());
    for (const list of rootLists()) {
      if (!allowed(accessOf(schema.getQueryType() as GraphQLObjectType, list.field), viewer()))
        continue;
      const expected = await expectedIds(viewer(), list.type.name, accountId);
      if (expected === 'all') continue;
      const table = tableOf(list.type.name);
      const outside = (await sql<{ id: string }>(`select id from "${table}" limit 200`))
        .map((row) => row.id)
        .filter((id) => !expected.has(id))
        .slice(0, 2);
      const inside = [...expected].slice(0, 2);
      for (const id of outside) {
        const lookup = await viewer()
          .client()
          .graphql<Record<string, unknown>>(`query ($id: ID!) { ${list.lookup}(id: $id) { id } }`, {
            id,
          });
        expect(lookup.data, `${viewer().name} → ${list.lookup}(${id})`).toEqual({
          [list.lookup]: null,
        });
      }
      const mixed = await viewer()
        .client()
        .graphql<Record<string, { totalCount: number }>>(
          `query ($ids: [ID!]) { ${list.field}(filter: { ids: $ids }) { totalCount } }`,
          { ids: [...inside, ...outside] },
        );
      expect(
        mixed.data?.[list.field]?.totalCount,
        `${viewer().name} → ${list.field}(ids: mixed)`,
      ).toBe(inside.length);
    }
  });

  it('gets from every nested list only rows it may read at the root, counted right', async () => {
    const accountId = await accountIdOf(viewer());
    const lists = rootLists();
    for (const list of lists) {
      const nested = nestedLists(list.type);
      if (
        nested.length === 0 ||
        !allowed(accessOf(schema.getQueryType() as GraphQLObjectType, list.field), viewer())
      )
        continue;
      const selection = nested
        .map((field) => `${field.name}(limit: 100) { totalCount nodes { id } }`)
        .join(' ');
      const result = await viewer()
        .client()
        .graphql<
          Record<
            string,
            { nodes: Record<string, { totalCount: number; nodes: { id: string }[] }>[] }
          >
        >(`{ ${list.field}(limit: 15) { nodes { ${selection} } } }`);
      expect(result.errors, `${viewer().name} → ${list.field} nested`).toBeUndefined();
      for (const field of nested) {
        const nodes = (getNamedType(field.type) as GraphQLObjectType).getFields().nodes;
        const childType = nodes ? getNamedType(nodes.type).name : '';
        const expected = await expectedIds(viewer(), childType, accountId);
        for (const parent of result.data?.[list.field]?.nodes ?? []) {
          const page = parent[field.name];
          const label = `${viewer().name} → ${list.field}.${field.name}`;
          expect(page?.nodes.length, label).toBe(Math.min(page?.totalCount ?? 0, 100));
          if (expected !== 'all') {
            expect(
              page?.nodes.filter((node) => !expected.has(node.id)),
              `${label}: rows outside scope`,
            ).toEqual([]);
          }
        }
      }
    }
  });

  it("sees a team's attendance in aggregate only where it is disclosed, answered in SQL or by the resolvers", async () => {
    const covered = await viewer().coveredTeams();
    const { role } = viewer();
    // domain.md, aggregate tier: CEI staff every team; API partners teams of five people or
    // more; liaisons, CBO partners and team leads the teams they cover; the public none.
    const tallies = await sql<{ id: string; present: number; total: number; people: number }>(
      `select m.team_id as id, (count(*) filter (where a.status = 'PRESENT'))::int as present,
         count(*)::int as total, count(distinct m.person_id)::int as people
       from attendance a join membership m on m.id = a.membership_id group by m.team_id`,
    );
    const disclosed = (tally: { id: string; people: number }) =>
      role === Role.API_PARTNER
        ? tally.people >= 5
        : covered === 'all' || (covered !== 'none' && covered.has(tally.id));
    const expected = Object.fromEntries(
      tallies.filter(disclosed).map(({ id, present, total }) => [id, { present, total }] as const),
    );
    for (const directive of ['', '@include(if: true)']) {
      const shown: Record<string, unknown> = {};
      for (let offset = 0; ; offset += 100) {
        const result = await viewer()
          .client()
          .graphql<{ teams: { nodes: { id: string; attendanceSummary: unknown }[] } }>(
            `{ teams(limit: 100, offset: ${offset}) { nodes { id ${directive} attendanceSummary { present total } } } }`,
          );
        expect(result.errors, viewer().name).toBeUndefined();
        const nodes = result.data?.teams.nodes ?? [];
        for (const team of nodes) {
          if (team.attendanceSummary) shown[team.id] = team.attendanceSummary;
        }
        if (nodes.length < 100) break;
      }
      expect(shown, `${viewer().name} ${directive}`).toEqual(expected);
    }
  });

  it('follows the references of the rows it reads, in lists, nested lists and lookups, only to records it may read', async () => {
    const accountId = await accountIdOf(viewer());
    const lists = rootLists();
    const listed = new Set(lists.map((list) => list.type.name));
    const expectedOf = new Map<string, Promise<Set<string> | 'all'>>();
    const expected = (type: string) => {
      if (!expectedOf.has(type)) expectedOf.set(type, expectedIds(viewer(), type, accountId));
      return expectedOf.get(type) as Promise<Set<string> | 'all'>;
    };
    // References are read in the statement of the rows that hold them, through their own rule.
    const references = (type: GraphQLObjectType) =>
      Object.values(type.getFields()).filter(
        (field) =>
          listed.has(getNamedType(field.type).name) &&
          field.args.every((arg) => !isNonNullType(arg.type)),
      );
    const selection = (type: GraphQLObjectType) =>
      ['id', ...references(type).map((field) => `${field.name} { id }`)].join(' ');
    type Node = Record<string, unknown>;
    const check = async (label: string, type: GraphQLObjectType, nodes: Node[]) => {
      for (const field of references(type)) {
        const readable = await expected(getNamedType(field.type).name);
        if (readable === 'all') continue;
        const ids = nodes
          .flatMap((node) => [node[field.name]].flat())
          .map((target) => (target as { id: string } | null)?.id)
          .filter((id): id is string => id !== undefined);
        expect(
          ids.filter((id) => !readable.has(id)),
          `${label}.${field.name}: records outside scope`,
        ).toEqual([]);
      }
    };
    for (const list of lists) {
      if (!allowed(accessOf(schema.getQueryType() as GraphQLObjectType, list.field), viewer()))
        continue;
      const label = `${viewer().name} → ${list.field}`;
      if (references(list.type).length > 0) {
        const rows = await viewer()
          .client()
          .graphql<Record<string, { nodes: Node[] }>>(
            `{ ${list.field}(limit: 25) { nodes { ${selection(list.type)} } } }`,
          );
        expect(rows.errors, label).toBeUndefined();
        const nodes = rows.data?.[list.field]?.nodes ?? [];
        await check(label, list.type, nodes);
        const [first] = nodes;
        if (first) {
          const lookup = await viewer()
            .client()
            .graphql<Record<string, Node | null>>(
              `query ($id: ID!) { ${list.lookup}(id: $id) { ${selection(list.type)} } }`,
              { id: first.id },
            );
          expect(lookup.errors, `${label}: lookup`).toBeUndefined();
          await check(`${label}: lookup`, list.type, [lookup.data?.[list.lookup] ?? {}]);
        }
      }
      for (const field of nestedLists(list.type)) {
        const nodesField = (getNamedType(field.type) as GraphQLObjectType).getFields().nodes;
        const childType = getNamedType(nodesField?.type) as GraphQLObjectType;
        if (references(childType).length === 0) continue;
        const nested = await viewer()
          .client()
          .graphql<Record<string, { nodes: Record<string, { nodes: Node[] }>[] }>>(
            `{ ${list.field}(limit: 10) { nodes { ${field.name}(limit: 25) { nodes { ${selection(childType)} } } } } }`,
          );
        expect(nested.errors, `${label}.${field.name}`).toBeUndefined();
        await check(
          `${label}.${field.name}`,
          childType,
          (nested.data?.[list.field]?.nodes ?? []).flatMap(
            (parent) => parent[field.name]?.nodes ?? [],
          ),
        );
      }
    }
  });

  it('is refused every mutation its role may not call, and nothing changes', async () => {
    const before = await databaseSnapshot(context.server.orm);
    const mutationType = schema.getMutationType() as GraphQLObjectType;
    for (const mutation of Object.values(mutationType.getFields())) {
      if (
        allowed(accessOf(mutationType, mutation.name), viewer()) &&
        viewer().role !== Role.API_PARTNER
      )
        continue;
      const variables = Object.fromEntries(
        mutation.args.map((arg) => [arg.name, sampleValue(arg.type)]),
      );
      const signature = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const call = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const returned = getNamedType(mutation.type);
      const selection = isObjectType(returned) ? ' { __typename }' : '';
      const query = `mutation${signature ? ` (${signature})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
      const result = await viewer().client().graphql(query, variables);
      expect(result.errors?.[0]?.extensions?.code, `${viewer().name} → ${mutation.name}`).toMatch(
        /UNAUTHENTICATED|FORBIDDEN/,
      );
    }
    const after = await databaseSnapshot(context.server.orm);
    // Sign-in attempts and reads are logged; nothing else may change.
    expect({ ...after, audit_event: '', session: '', account: '' }).toEqual({
      ...before,
      audit_event: '',
      session: '',
      account: '',
    });
  });
});

interface CursorPage {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * The deletions feed, against the same specification: records are deleted one transaction at a
 * time (cascades included); before each, what every viewer may read of the kinds that delete
 * takes is worked out by the SQL above; afterwards each viewer's feed holds exactly the deleted
 * records it could read. Deletes that would change a viewer's own scope (its account, bindings,
 * a CBO partner's memberships) are left out: scope is judged as the viewer has it when it asks.
 */
describe('the deletions feed', () => {
  it('tells every viewer of exactly the deleted records it could read', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const accountIds = new Map<MatrixViewer, string | null>();
    for (const viewer of viewers) accountIds.set(viewer, await accountIdOf(viewer));
    const expected = new Map<MatrixViewer, Set<string>>(
      viewers.map((viewer) => [viewer, new Set()]),
    );
    const structural = async () =>
      JSON.stringify(
        await sql(
          `select (select count(*) from account where email like '%@example.org') as accounts,
             (select count(*) from scope_binding) as bindings, (select count(*) from api_token) as tokens,
             (select count(*) from membership where organization_id in (${PARTNER_ORGANIZATIONS})) as partner_memberships`,
        ),
      );
    // Records of many kinds, several with dependants the database deletes with them.
    const candidates = await sql<{ table: string; id: string }>(
      `(select 'membership' as table, m.id from membership m where exists (select 1 from attendance a where a.membership_id = m.id) order by m.id limit 2)
       union all (select 'person', p.id from person p where exists (select 1 from membership m where m.person_id = p.id) order by p.id limit 2)
       union all (select 'convening', id from convening order by id limit 1)
       union all (select 'stipend', id from stipend order by id limit 1)
       union all (select 'check_in', c.id from check_in c order by c.id limit 1)
       union all (select 'measurement', id from measurement order by id limit 2)
       union all (select 'problem_of_practice', id from problem_of_practice order by id limit 1)
       union all (select 'reimbursement', id from reimbursement order by id limit 1)
       union all (select 'saved_query', id from saved_query order by id limit 2)
       union all (select 'application', id from application order by id limit 1)
       union all (select 'team', id from team order by id limit 2)`,
    );
    const em = context.server.em();
    let deletedCount = 0;
    for (const candidate of candidates) {
      const before = await structural();
      // A dry run tells what the delete takes with it; then, with nothing changed, what each
      // viewer may read of those kinds; then the delete itself.
      let taken: { entity_type: string; entity_id: string }[] = [];
      await em
        .transactional(async (tx) => {
          await tx.execute(`delete from "${candidate.table}" where id = ?`, [candidate.id]);
          taken = (await tx.execute(
            'select entity_type, entity_id from deletion where transaction_id = txid_current()',
          )) as typeof taken;
          const after = JSON.stringify(
            await tx.execute(
              `select (select count(*) from account where email like '%@example.org') as accounts,
                 (select count(*) from scope_binding) as bindings, (select count(*) from api_token) as tokens,
                 (select count(*) from membership where organization_id in (${PARTNER_ORGANIZATIONS})) as partner_memberships`,
            ),
          );
          if (after !== before) taken = [];
          throw new Error('dry run');
        })
        .catch(() => undefined);
      if (taken.length === 0) continue;
      for (const viewer of viewers) {
        const types = new Set(taken.map((row) => row.entity_type));
        for (const type of types) {
          const readable = await expectedIds(viewer, type, accountIds.get(viewer) ?? null);
          for (const row of taken) {
            if (row.entity_type !== type) continue;
            if (readable === 'all' || readable.has(row.entity_id)) {
              expected.get(viewer)?.add(`${type}:${row.entity_id}`);
            }
          }
        }
      }
      await sql(`delete from "${candidate.table}" where id = ?`, [candidate.id]);
      deletedCount += taken.length;
    }
    expect(deletedCount).toBeGreaterThan(candidates.length);
    // The scoped viewers could each read some of it, not all.
    const everything = expected.get(viewers[1] as MatrixViewer)?.size ?? 0;
    for (const viewer of viewers.slice(3)) {
      expect(expected.get(viewer)?.size, viewer.name).toBeGreaterThan(0);
      expect(expected.get(viewer)?.size, viewer.name).toBeLessThan(everything);
    }

    for (const viewer of viewers) {
      const label = `${viewer.name} → deletions`;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: GraphqlResponse<{
          deletions: {
            nodes: { entityType: string; id: string }[];
            pageInfo: CursorPage['pageInfo'];
          };
        }> = await viewer
          .client()
          .graphql(
            `query ($since: DateTime!, $after: String) { deletions(since: $since, after: $after, limit: 100) { nodes { entityType id } pageInfo { endCursor hasNextPage } } }`,
            { since, after },
          );
        if (!viewer.role) {
          expect(result.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
          break;
        }
        expect(result.errors, label).toBeUndefined();
        const page = result.data?.deletions;
        seen.push(
          ...(page?.nodes ?? []).map(
            (node) =>
              `${node.entityType
                .toLowerCase()
                .replace(/_(.)/g, (_, c: string) => c.toUpperCase())
                .replace(/^./, (c) => c.toUpperCase())}:${node.id}`,
          ),
        );
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      if (viewer.role) expect(new Set(seen), label).toEqual(expected.get(viewer));
    }
  });
});

/** The table of a GraphQL type (MikroORM's default naming: snake_case of the class name). */
function tableOf(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A well-formed value of an input type: required fields only, so the call reaches the server. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  const samples: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'sample@example.org',
    Int: 1,
    Float: 1,
    Boolean: true,
    Date: '2024-01-01',
    DateTime: '2024-01-01T00:00:00Z',
    Decimal: '1.00',
    JSON: {},
  };
  return samples[getNamedType(type).name] ?? null;
}
