import type { Role } from '@cei/domain';
import manifest from '@cei/server/access.json';

/**
 * What each role may do in the admin, read from what the server publishes
 * (`apps/server/access.json`, generated from `@Allow` on every root field, the row rules of
 * `scope/rules.ts` and the field privacy of `scope/field-privacy.ts`). No rule is restated here:
 * this file maps the admin's resources and actions onto the server's operations and entities,
 * so the interface offers exactly what the server will answer. A screen whose rows the server
 * hides from a role is not shown to it as an empty list, a field it hides is not shown as an
 * empty box. The server stays the authority; this only decides what to show.
 *
 * Resources are react-admin's names (`people`); a field, filter or sort key is `people.phone`.
 */
export type AccessAction =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  /** Reading a field: `{ action: 'read', resource: 'people.phone' }`. */
  | 'read'
  /** Filtering a list on a field: `{ action: 'filter', resource: 'people.q' }`. */
  | 'filter'
  /** Sorting a list on a field: `{ action: 'sort', resource: 'people.familyName' }`. */
  | 'sort'
  /**
   * An operation of the resource beyond create and edit, named after its mutation: `submit` an
   * application (`submitApplication`), `end` a membership, `approve` a stipend.
   */
  | (string & {});

export interface AccessRequest {
  action: string;
  resource: string;
  record?: unknown;
}

/** The shape of access.json (apps/server/src/graphql/access-manifest.ts). */
interface AccessManifest {
  roles: readonly string[];
  operations: Record<string, readonly string[]>;
  rows: Record<string, { read: Reach; write: Reach }>;
  fields: Record<string, Reach>;
  listKeys: Record<
    string,
    { filters: readonly string[]; orders: readonly string[]; roles: readonly string[] }
  >;
  decisions: Record<string, readonly string[]>;
  lists: Record<string, string>;
}
type Reach = Partial<Record<'all' | 'scoped' | 'own' | 'some', readonly string[]>>;

const access = manifest as AccessManifest;

/**
 * Where the admin's names differ from the schema's conventions (`list` is the resource's list
 * query; `create`, `edit`, `delete` and other actions are `create<Type>`, `update<Type>`,
 * `delete<Type>`, `<action><Type>`): the query or mutation, or a decision of access.json.
 */
const operationNames: Record<string, Record<string, string>> = {
  imports: { list: 'Query.dataImports' },
  fundingSummary: { list: 'Query.fundingSummary' },
  vacancies: { list: 'Query.vacancies' },
  applications: {
    startReview: 'Mutation.startApplicationReview',
    review: 'Mutation.saveReview',
    upload: 'Mutation.uploadApplicationDocument',
  },
  cohorts: {
    openRecruitment: 'Mutation.openRecruitment',
    moveDeadline: 'Mutation.moveApplicationDeadline',
  },
  convenings: { subscribe: 'Mutation.createCalendarFeed' },
  calendarFeeds: {
    subscribePerson: 'Mutation.createCalendarFeed.personId',
    edit: 'Mutation.renewCalendarFeed',
    delete: 'Mutation.revokeCalendarFeed',
  },
  followUps: { create: 'Mutation.addFollowUp' },
  measurements: { create: 'Mutation.recordMeasurement' },
  reimbursements: { create: 'Mutation.submitReimbursement' },
  apiTokens: { create: 'Mutation.issueApiToken', delete: 'Mutation.revokeApiToken' },
  webhookDeliveries: { redeliver: 'Mutation.redeliverWebhook' },
};

/**
 * Screens of one's own records: everyone lists their own calendar feeds, saved filters and
 * imports, an API partner their webhooks. Elsewhere one's own record alone (one's account) is
 * not a list to offer.
 */
const ownRecordScreens = new Set([
  'calendarFeeds',
  'savedQueries',
  'imports',
  'webhookEndpoints',
  'webhookDeliveries',
]);

/**
 * The API explorer is offered to those who write code against the API. Others could run the
 * same queries (the server scopes them), but their work is on the screens: a choice of what to
 * offer, not an access rule.
 */
const EXPLORER_ROLES: readonly string[] = ['CEI_ADMIN', 'CEI_STAFF', 'API_PARTNER'];

function isRole(role: unknown): role is Role {
  return typeof role === 'string' && access.roles.includes(role);
}

/**
 * Whether the server answers the query or mutation for the role, and makes the decision named
 * beyond it (`Mutation.commitImport.kind.MEASUREMENTS`) in the role's favour.
 */
function allows(name: string, role: Role): boolean {
  const operation = name.split('.').slice(0, 2).join('.');
  const rules = access.operations[operation];
  if (!rules?.some((rule) => rule === 'PUBLIC' || rule === 'SIGNED_IN' || rule === role)) {
    return false;
  }
  const decision = access.decisions[name];
  return decision ? decision.includes(role) : name === operation;
}

function reaches(reach: Reach | undefined, role: Role, levels: (keyof Reach)[]): boolean {
  return levels.some((level) => reach?.[level]?.includes(role));
}

/** The entity a resource lists (`people` → `Person`), through its list query. */
function entityOf(resource: string): string | undefined {
  const list = operationNames[resource]?.list ?? `Query.${resource}`;
  return access.lists[list.slice('Query.'.length)];
}

/**
 * The resource that lists an entity (`Person` → `people`): its list query, which is the
 * resource's name wherever the admin has a screen for it.
 */
export function resourceListing(entity: string): string | undefined {
  return Object.entries(access.lists).find(([, listed]) => listed === entity)?.[0];
}

function mayList(resource: string, role: Role): boolean {
  if (resource === 'apiExplorer') return EXPLORER_ROLES.includes(role);
  const query = operationNames[resource]?.list ?? `Query.${resource}`;
  if (!allows(query, role)) return false;
  const entity = entityOf(resource);
  if (!entity) return Object.hasOwn(access.operations, query);
  const levels: (keyof Reach)[] = ownRecordScreens.has(resource)
    ? ['all', 'scoped', 'own']
    : ['all', 'scoped'];
  return reaches(access.rows[entity]?.read, role, levels);
}

function mayReadKey(resource: string, field: string, action: string, role: Role): boolean {
  const entity = entityOf(resource);
  if (!entity) return false;
  if (action === 'read') {
    const reach = access.fields[`${entity}.${field}`];
    return !reach || reaches(reach, role, ['all', 'some']);
  }
  const keys = access.listKeys[entity];
  const guarded = action === 'filter' ? keys?.filters : keys?.orders;
  return !guarded?.includes(field) || (keys?.roles.includes(role) ?? false);
}

function mayWrite(resource: string, action: string, role: Role): boolean {
  const entity = entityOf(resource);
  if (!entity) return false;
  const verb = { create: 'create', edit: 'update', delete: 'delete' }[action];
  const mutation = operationNames[resource]?.[action] ?? `Mutation.${verb}${entity}`;
  return (
    allows(mutation, role) && reaches(access.rows[entity]?.write, role, ['all', 'scoped', 'own'])
  );
}

/** Other actions: the mutation itself decides which records (a team lead ends their own team's). */
function mayRun(resource: string, action: string, role: Role): boolean {
  const named = operationNames[resource]?.[action];
  if (named) return allows(named, role);
  if (resource === 'imports') return allows(`Mutation.commitImport.kind.${action}`, role);
  const entity = entityOf(resource);
  return entity !== undefined && allows(`Mutation.${action}${entity}`, role);
}

/**
 * Whether `role` may do `action` on `resource`. Fails closed: no role (signed out), an unknown
 * role, resource or action is refused.
 */
export function canAccess(role: unknown, { action, resource }: AccessRequest): boolean {
  if (!isRole(role)) return false;
  const [name = '', field] = resource.split('.', 2);
  if (!mayList(name, role)) return false;

  if (field !== undefined) {
    if (action !== 'read' && action !== 'filter' && action !== 'sort') return false;
    return mayReadKey(name, field, action, role);
  }

  switch (action) {
    case 'list':
    case 'show':
    case 'export':
    case 'read':
      return true;
    case 'create':
    case 'edit':
    case 'delete':
      return mayWrite(name, action, role);
    default:
      return mayRun(name, action, role);
  }
}
