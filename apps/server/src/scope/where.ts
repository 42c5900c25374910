import { type EntityMetadata, type FilterQuery, raw } from '@mikro-orm/core';
import { InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import {
  DEFAULT_LIMIT,
  type ListSpec,
  MAX_LIMIT,
  type OrderBy,
  SortDirection,
} from '../graphql/list.js';
import type { Viewer } from './viewer.js';

/**
 * Translates a filter input to a MikroORM where clause, by the naming convention of
 * architecture.md: `ids` → id in; `<ref>Id` → reference equals; `<ref>Ids` → reference in;
 * `<field>From`/`<field>To` → inclusive range; `q` → case-insensitive search over the spec's
 * search fields; a key the spec handles itself (`custom`) → its own clause, which may depend on
 * the viewer; any other key → equality. Unset (undefined or null) keys are ignored.
 */
export function filterToWhere<T extends object>(
  filter: object | null | undefined,
  spec: ListSpec<T>,
  meta: EntityMetadata<T>,
  viewer: Viewer,
): FilterQuery<T> {
  const clauses: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'q') {
      const text = String(value).trim();
      if (text === '' || spec.search.length === 0) continue;
      const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      clauses.push({ $or: spec.search.map((field) => matchingPattern(meta, field, pattern)) });
      continue;
    }
    const custom = spec.custom[key];
    if (custom) {
      clauses.push(custom(value as never, viewer) as Record<string, unknown>);
      continue;
    }
    const { path, operator } = pathOf(key, spec, meta);
    if (/(^ids|Ids?)$/.test(key) && path !== key && ![value].flat().every(isUuid)) {
      throw InvalidInputError.field(`filter.${key}`, validationMessages.id());
    }
    clauses.push(nest(path, operator === '$eq' ? value : { [operator]: value }));
  }
  return (clauses.length === 0 ? {} : { $and: clauses }) as FilterQuery<T>;
}

function pathOf(
  key: string,
  spec: ListSpec<object>,
  meta: AnyMetadata,
): { path: string; operator: string } {
  const mapped = spec.paths[key];
  if (key === 'ids') return { path: 'id', operator: '$in' };
  // A property whose own name looks like a convention (entityId) is just that property.
  if (!mapped && key in meta.properties) return { path: key, operator: '$eq' };
  const conventions: [RegExp, string][] = [
    [/^(.+)Ids$/, '$in'],
    [/^(.+)Id$/, '$eq'],
    [/^(.+)From$/, '$gte'],
    [/^(.+)To$/, '$lte'],
  ];
  for (const [pattern, operator] of conventions) {
    const match = pattern.exec(key);
    if (match?.[1] && (mapped || match[1] in meta.properties)) {
      return { path: mapped ?? match[1], operator };
    }
  }
  if (mapped) return { path: mapped, operator: '$eq' };
  if (key in meta.properties) return { path: key, operator: '$eq' };
  throw new Error(`Filter key ${meta.className}.${key} maps to no property`);
}

/**
 * Rows whose `path` (a property, or one through references: `lea.name`) matches the ILIKE
 * `pattern`, written `coalesce(… ilike ?, false)`: the same rows (null is false in a where
 * clause), but the generic plan of a prepared statement, which cannot know the pattern, then
 * expects half the rows to match rather than ILIKE's 0.5 %. With 0.5 %, it sorted every row of
 * a narrow index range for a page it could read from that index in order (a county's LEAs by
 * name: 1.15 → 0.55 ms at S10, docs/benchmark.md, session 20); a rare pattern reads the range
 * through either way.
 */
function matchingPattern(
  meta: AnyMetadata,
  path: string,
  pattern: string,
): Record<string, unknown> {
  const references = path.split('.');
  const property = references.pop() as string;
  let owner = meta;
  for (const reference of references) {
    const target = owner.properties[reference]?.targetMeta;
    if (!target)
      throw new Error(`Search field ${meta.className}.${path}: ${reference} is no reference`);
    owner = target;
  }
  const column = columnOf(owner, property);
  const condition = {
    [raw((alias: string) => `coalesce(${alias}."${column}" ilike ?, false)`, [pattern])]: [],
  };
  return references.length === 0 ? condition : nest(references.join('.'), condition);
}

/** The column of an entity's property (its first, for a reference). */
export function columnOf(meta: AnyMetadata, property: string): string {
  const column = meta.properties[property]?.fieldNames?.[0];
  if (!column) throw new Error(`${meta.className}.${property} maps to no column`);
  return column;
}

/** `nest('leadLea.countyOffice', x)` → `{ leadLea: { countyOffice: x } }`. */
export function nest(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value) as Record<
    string,
    unknown
  >;
}

/** The requested order, then the list's default, then id: pages never shuffle. */
export function orderOf(orderBy: OrderBy[] | null | undefined, defaultOrder: OrderBy[]): OrderBy[] {
  const keys = [...(orderBy ?? []), ...defaultOrder, { field: 'id', direction: SortDirection.ASC }];
  const seen = new Set<string>();
  return keys.filter((key) => !seen.has(key.field) && seen.add(key.field));
}

/** A page's size: the limit asked for, the default when none, at most the maximum. */
export function clampLimit(limit: number | null | undefined): number {
  return Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is a malformed filter, not a database error. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyMetadata = EntityMetadata<any>;
