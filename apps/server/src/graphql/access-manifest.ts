import { IMPORT_KINDS, ROLES, type Role } from '@cei/domain';
import { type GraphQLSchema, getNamedType, getNullableType, isListType } from 'graphql';
import { maySubscribeOthers } from '../convenings/calendar-feed.service.js';
import { mayImport } from '../imports/import.service.js';
import { seesVacancies } from '../rosters/team-coverage.js';
import { type FieldReach, fieldReach, listKeyReach } from '../scope/field-privacy.js';
import { entitiesWithReadRules, type RowReach, rowReach } from '../scope/rules.js';
import type { Viewer } from '../scope/viewer.js';
import { type AccessRule, accessOf } from './access.js';

/**
 * What each role may do, published from the rules that decide it (`@Allow` on every root field,
 * `scope/rules.ts`, `scope/field-privacy.ts`, and the few decisions a service makes itself) as
 * `apps/server/access.json`. The admin app reads it to decide what to offer, so it restates no
 * rule; a change to it in a diff is a permission change. Written by `pnpm --filter @cei/server
 * schema` beside schema.graphql, and checked against the code like the schema.
 */
export interface AccessManifest {
  roles: readonly Role[];
  /** `Query.people`, `Mutation.endMembership`: the declared rule (`PUBLIC`, `SIGNED_IN` or roles). */
  operations: Record<string, AccessRule[]>;
  /** Per entity, the roles whose row rule reaches every row or some; the others read none. */
  rows: Record<string, { read: Reach<RowReach>; write: Reach<RowReach> }>;
  /** Per field with a privacy rule (`Person.phone`), the roles that read it of every record or some. */
  fields: Record<string, Reach<FieldReach>>;
  /** Filters and sorts on protected fields, and the roles that may use them. */
  listKeys: Record<string, { filters: string[]; orders: string[]; roles: Role[] }>;
  /** Decisions a root field makes beyond its `@Allow`: the roles it answers or accepts. */
  decisions: Record<string, Role[]>;
  /** The list queries of entities with a row rule, and the entity each lists: `people: Person`. */
  lists: Record<string, string>;
}

/** Roles by how far a rule reaches for them; a role in neither list reaches nothing. */
type Reach<T extends string> = Partial<Record<Exclude<T, 'none'>, Role[]>>;

/**
 * A signed-in account of the role, bound to one record of the kind its role is bound to. Not
 * a roster person: everyone reads their own person's records, whatever the role.
 */
function viewerOf(role: Role): Viewer {
  return {
    accountId: 'account',
    personId: null,
    role,
    via: 'session',
    countyOfficeIds: role === 'COE_LIAISON' ? ['county-office'] : [],
    organizationIds: role === 'CBO_PARTNER' ? ['organization'] : [],
    teamIds: role === 'TEAM_LEAD' ? ['team'] : [],
  };
}

function byReach<T extends string>(reachOf: (role: Role) => T): Reach<T> {
  const reach: Record<string, Role[]> = {};
  for (const role of ROLES) {
    const value = reachOf(role);
    if (value !== 'none') reach[value] = [...(reach[value] ?? []), role];
  }
  return reach as Reach<T>;
}

export function accessManifest(schema: GraphQLSchema): AccessManifest {
  const operations: Record<string, AccessRule[]> = {};
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const name of Object.keys(type.getFields()).sort()) {
      operations[`${type.name}.${name}`] = accessOf(type, name) ?? [];
    }
  }

  const rows: AccessManifest['rows'] = {};
  for (const entity of [...entitiesWithReadRules].sort()) {
    rows[entity] = {
      read: byReach((role) => rowReach(entity, viewerOf(role)).read),
      write: byReach((role) => rowReach(entity, viewerOf(role)).write),
    };
  }

  const fields: AccessManifest['fields'] = {};
  for (const field of Object.keys(fieldReach(viewerOf(ROLES[0] as Role))).sort()) {
    fields[field] = byReach((role) => fieldReach(viewerOf(role))[field] ?? 'none');
  }

  const listKeys: AccessManifest['listKeys'] = {};
  for (const [entity, keys] of Object.entries(listKeyReach(viewerOf(ROLES[0] as Role)))) {
    listKeys[entity] = {
      filters: keys.filters,
      orders: keys.orders,
      roles: ROLES.filter((role) => listKeyReach(viewerOf(role))[entity]?.allowed),
    };
  }

  const decisions: AccessManifest['decisions'] = {
    'Query.vacancies': ROLES.filter((role) => seesVacancies(viewerOf(role))),
    'Mutation.createCalendarFeed.personId': ROLES.filter((role) =>
      maySubscribeOthers(viewerOf(role)),
    ),
  };
  for (const kind of IMPORT_KINDS) {
    decisions[`Mutation.commitImport.kind.${kind}`] = ROLES.filter((role) =>
      mayImport(kind, viewerOf(role)),
    );
  }

  const lists: AccessManifest['lists'] = {};
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {}).sort()) {
    const type = getNamedType(field.type).name;
    const entity = type.endsWith('Page') ? type.slice(0, -'Page'.length) : type;
    if (isListType(getNullableType(field.type)) || type !== entity) {
      if (Object.hasOwn(rows, entity)) lists[name] = entity;
    }
  }

  return { roles: ROLES, operations, rows, fields, listKeys, decisions, lists };
}

/**
 * The manifest as committed: each entry on a line of its own, so a permission change is a line
 * in the diff.
 */
export function printAccessManifest(manifest: AccessManifest): string {
  const sections = Object.entries(manifest).map(([section, value]) => {
    if (Array.isArray(value)) return `  ${JSON.stringify(section)}: ${JSON.stringify(value)}`;
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, entry]) => `    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`,
    );
    return `  ${JSON.stringify(section)}: {\n${entries.join(',\n')}\n  }`;
  });
  return `{\n${sections.join(',\n')}\n}\n`;
}
