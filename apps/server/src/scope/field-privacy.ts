import { PersonKind, Role } from '@cei/domain';
import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { ForbiddenError } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import type { ListArguments } from '../graphql/list.js';
import { entityName, fieldName } from '../i18n/labels.js';
import { isCompiled } from './compiled-answer.js';
import { isStaff } from './rules.js';
import { scopeMessages as m } from './scope.messages.js';
import type { Viewer } from './viewer.js';

/**
 * Field privacy by tier (domain.md), decided here and nowhere else. Row rules have already
 * limited which records a viewer gets; these say which fields of a record they may read. A field
 * the viewer may not read resolves to null, and filtering or sorting on it is refused (a filter
 * is an oracle).
 */

interface PersonLike {
  id: string;
  kind: PersonKind;
}

/** Directory tier: adult professionals' names, titles and work contacts, for scoped roles. */
function readsDirectory(viewer: Viewer, person: PersonLike): boolean {
  if (isStaff(viewer) || viewer.personId === person.id) return true;
  return (
    viewer.role === Role.COE_LIAISON ||
    viewer.role === Role.CBO_PARTNER ||
    viewer.role === Role.TEAM_LEAD
  );
}

/**
 * Protected tier: students' and family members' names and contacts, anyone's phone and language.
 * CEI staff, the person themself, and team leads, whose row scope is their own team's roster.
 */
function readsProtected(viewer: Viewer, person: PersonLike): boolean {
  return isStaff(viewer) || viewer.personId === person.id || viewer.role === Role.TEAM_LEAD;
}

function readsNameAndEmail(viewer: Viewer, person: PersonLike): boolean {
  return person.kind === PersonKind.PROFESSIONAL
    ? readsDirectory(viewer, person)
    : readsProtected(viewer, person);
}

/** A person of each kind with this id ('' for someone other than the viewer): a person rule's cases. */
const ofEveryKind = (id: string): PersonLike[] =>
  Object.values(PersonKind).map((kind) => ({ id, kind }));

type FieldRule = (viewer: Viewer, record: never) => boolean;

const fieldRules: Record<string, Record<string, FieldRule>> = {
  Person: {
    givenName: readsNameAndEmail,
    familyName: readsNameAndEmail,
    email: readsNameAndEmail,
    title: readsDirectory,
    phone: readsProtected,
    preferredLanguage: readsProtected,
  },
};

/** Which viewers may filter or sort a list on its protected fields. */
const protectedListKeys: Record<
  string,
  { filters: string[]; orders: string[]; readers: (viewer: Viewer) => boolean }
> = {
  Person: {
    filters: ['q', 'email', 'preferredLanguage'],
    orders: ['givenName', 'familyName'],
    readers: (viewer) => isStaff(viewer) || viewer.role === Role.TEAM_LEAD,
  },
};

/** Whether a viewer may read a field of a record of an object type. */
export function mayReadField(
  viewer: Viewer,
  type: string,
  field: string,
  record: unknown,
): boolean {
  const rule = fieldRules[type]?.[field];
  return !rule || rule(viewer, record as never);
}

/**
 * The people whose `field` the viewer may read, as a where clause on Person (null: nobody's),
 * for matching text on that field without using it as an oracle (global search). Derived from
 * the field's rule itself: a person rule depends only on the person's kind and whether it is the
 * viewer (PersonLike), so trying every kind, as someone else and as the viewer, covers it.
 */
export function readablePeopleWhere(viewer: Viewer, field: string): object | null {
  const kinds = Object.values(PersonKind);
  const readableKinds = (id: string) =>
    kinds.filter((kind) => mayReadField(viewer, 'Person', field, { id, kind }));
  const others = readableKinds('');
  if (others.length === kinds.length) return {};
  const clauses: object[] = others.length ? [{ kind: { $in: others } }] : [];
  if (viewer.personId) {
    const own = readableKinds(viewer.personId).filter((kind) => !others.includes(kind));
    if (own.length) clauses.push({ id: viewer.personId, kind: { $in: own } });
  }
  if (clauses.length === 0) return null;
  return clauses.length === 1 ? (clauses[0] as object) : { $or: clauses };
}

/**
 * The records of a type whose `field` the viewer may read, as a where clause (`{}`: every one;
 * null: none), for answers built in SQL (compiled-read.ts); undefined when the field's rule has
 * no where clause to it.
 */
export function readableRecordsWhere(
  viewer: Viewer,
  type: string,
  field: string,
): object | null | undefined {
  if (!fieldRules[type]?.[field]) return {};
  return type === 'Person' ? readablePeopleWhere(viewer, field) : undefined;
}

/**
 * Whether reading `field` of some record of `type` would be noted for the audit log for this
 * viewer (see `noteProtectedRead`): a protected-tier field they may read, and they are not CEI
 * staff. A person's fields depend only on their kind and whether they are the viewer; other
 * types' only on the field.
 */
export function mayNoteProtectedRead(viewer: Viewer, type: string, field: string): boolean {
  const isProtected = protectedTier[type];
  if (!isProtected || isStaff(viewer)) return false;
  // The other types' tiers depend on the field alone (see protectedTier).
  if (type !== 'Person') return isProtected(field, {} as never);
  const people = [...ofEveryKind(viewer.personId ?? ''), ...ofEveryKind('')];
  return people.some(
    (person) => isProtected(field, person as never) && mayReadField(viewer, type, field, person),
  );
}

/** How much of a field a viewer reads, as published in access.json. */
export type FieldReach = 'all' | 'some' | 'none';

/**
 * Each field with a rule, and how much of it the viewer reads: of every record, of some (a
 * liaison reads professionals' names, not students'), or of none; tried on someone else's
 * records, since everyone reads their own. A person rule depends only on the person's kind.
 */
export function fieldReach(viewer: Viewer): Record<string, FieldReach> {
  const people = ofEveryKind('');
  const reach: Record<string, FieldReach> = {};
  for (const [field, rule] of Object.entries(fieldRules.Person ?? {})) {
    const readable = people.filter((person) => rule(viewer, person as never)).length;
    reach[`Person.${field}`] = readable === people.length ? 'all' : readable > 0 ? 'some' : 'none';
  }
  return reach;
}

/** The list keys (filters and sorts) on protected fields, and whether the viewer may use them. */
export function listKeyReach(
  viewer: Viewer,
): Record<string, { filters: string[]; orders: string[]; allowed: boolean }> {
  return Object.fromEntries(
    Object.entries(protectedListKeys).map(([entity, keys]) => [
      entity,
      { filters: keys.filters, orders: keys.orders, allowed: keys.readers(viewer) },
    ]),
  );
}

export const protectedFields = Object.fromEntries(
  Object.entries(fieldRules).map(([type, rules]) => [type, Object.keys(rules)]),
);

/** Fields of the protected tier, whose reads by anyone but CEI staff go to the audit log. */
const protectedTier: Record<string, (field: string, record: never) => boolean> = {
  Person: (field, person: PersonLike) =>
    field === 'phone' ||
    field === 'preferredLanguage' ||
    (['givenName', 'familyName', 'email'].includes(field) &&
      person.kind !== PersonKind.PROFESSIONAL),
  Attendance: (field) => field === 'status' || field === 'mode',
  Reimbursement: (field) => ['amount', 'category', 'description'].includes(field),
};

/**
 * Resolves a field the viewer may not read to null, without running its resolver; notes a read
 * of a protected field by anyone but CEI staff for the audit log. Attached to the fields of the
 * types that have rules or protected fields alone: other types' fields run no check.
 */
export function enforceFieldPrivacy(schema: GraphQLSchema): void {
  const typeNames = new Set([...Object.keys(fieldRules), ...Object.keys(protectedTier)]);
  for (const typeName of typeNames) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`field privacy names ${typeName}, not an object type`);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        // An answer built in SQL has applied the field's rule there, and is built only when no
        // read of it needs noting (compiled-read.ts).
        if (isCompiled(root)) return resolve(root, args, context, info);
        if (!mayReadField(context.viewer, typeName, field.name, root)) return null;
        noteProtectedRead(context, typeName, root as { id: string }, field.name);
        return resolve(root, args, context, info);
      };
    }
  }
}

/**
 * Notes for the audit log that the viewer read a field of a record, if it is of the protected
 * tier and the viewer is not CEI staff. For answers that show a field outside its own resolver
 * (a search hit's title is a person's name).
 */
export function noteProtectedRead(
  context: Pick<Context, 'viewer' | 'protectedReads'>,
  type: string,
  record: { id: string },
  field: string,
): void {
  if (protectedTier[type]?.(field, record as never) && !isStaff(context.viewer)) {
    context.protectedReads.add(type, record.id, field);
  }
}

/** The default order a viewer's list falls back on, less the fields they may not read. */
export function readableOrder<T extends { field: string }>(
  entity: string,
  order: T[],
  viewer: Viewer,
): T[] {
  const keys = protectedListKeys[entity];
  if (!keys || keys.readers(viewer)) return order;
  return order.filter((key) => !keys.orders.includes(key.field));
}

/** Refuses filtering or sorting a list on fields the viewer may not read. */
export function assertListKeysReadable(entity: string, args: ListArguments, viewer: Viewer): void {
  const keys = protectedListKeys[entity];
  if (!keys || keys.readers(viewer)) return;
  const filter = Object.entries(args.filter ?? {}).find(
    ([key, value]) => value != null && keys.filters.includes(key),
  );
  if (filter) {
    throw new ForbiddenError(
      m.mayNotFilter({ entity: entityName(entity), field: fieldName(filter[0]) }),
    );
  }
  const order = args.orderBy?.find((key) => keys.orders.includes(key.field));
  if (order) {
    throw new ForbiddenError(
      m.mayNotSort({ entity: entityName(entity), field: fieldName(order.field) }),
    );
  }
}
