import { isRaw, RawQueryFragment } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import type { Sql } from './statement-batch.js';

/**
 * Queries compiled once per shape. MikroORM turns a where clause into SQL in JavaScript on every
 * read, and a request reads the same clauses as the last one (the viewer's row rule, a list's
 * filter) with other ids. The SQL depends on the clause's shape (its keys, operators, array
 * lengths and non-string values), not on its strings, which become bound parameters: so a
 * clause's strings are taken out, and a template compiled once for its shape is filled with
 * them.
 *
 * A shape is compiled once with a marker in place of each string, and kept only if every
 * parameter MikroORM bound is one of the markers, unchanged, and no marker is in the SQL text: a
 * string it converted, inlined or dropped makes the shape one that is always compiled afresh.
 */
export class QueryTemplates {
  private readonly templates: LRUCache<string, Template | typeof UNCACHEABLE>;
  private readonly checked: boolean;

  /**
   * `checked`: also compile every clause afresh and fail when its template gave other SQL or
   * other parameters (the server's tests run so, every read of every test checked).
   */
  constructor({ max = 2_000, checked = false } = {}) {
    this.templates = new LRUCache({ max });
    this.checked = checked;
  }

  /**
   * The query `compile` builds from `clause`, from the template of its shape when there is one.
   * `key` names what `compile` does besides reading the clause (entity, columns, joins); the
   * clause is plain data: objects, arrays, strings, numbers, booleans, null, dates and MikroORM's
   * raw SQL fragments (whose SQL is part of the shape, and whose parameters are data).
   */
  async build<C>(key: string, clause: C, compile: (clause: C) => Promise<Sql>): Promise<Sql> {
    const strings: string[] = [];
    const shape = shapeOf(clause, strings);
    if (shape === null) return compile(clause);
    const cacheKey = `${key}\n${shape}`;
    let template = this.templates.get(cacheKey);
    if (!template) {
      template = await templateOf(clause, strings.length, compile);
      this.templates.set(cacheKey, template);
    }
    if (template === UNCACHEABLE) return compile(clause);
    const built = { sql: template.sql, params: template.slots.map((slot) => strings[slot]) };
    if (this.checked) assertSame(built, await compile(clause), key);
    return built;
  }
}

/** SQL whose parameters are the clause's strings, by their position in it. */
interface Template {
  sql: string;
  slots: number[];
}

const UNCACHEABLE = Symbol('compiled for each clause');

/**
 * Markers that any conversion would change: a trim drops their outer spaces, a change of case
 * their letters. The control character does not appear in SQL MikroORM writes.
 */
const MARK = '\u0001';
const marker = (slot: number) => ` ${MARK}Slot${slot}${MARK} `;
const MARKER = new RegExp(`^ ${MARK}Slot(\\d+)${MARK} $`);

async function templateOf<C>(
  clause: C,
  count: number,
  compile: (clause: C) => Promise<Sql>,
): Promise<Template | typeof UNCACHEABLE> {
  let probe: Sql;
  try {
    let slot = 0;
    probe = await compile(withStrings(clause, () => marker(slot++)) as C);
  } catch {
    return UNCACHEABLE;
  }
  if (probe.sql.includes(MARK)) return UNCACHEABLE;
  const slots: number[] = [];
  for (const param of probe.params) {
    const slot = typeof param === 'string' ? MARKER.exec(param)?.[1] : undefined;
    if (slot === undefined || Number(slot) >= count) return UNCACHEABLE;
    slots.push(Number(slot));
  }
  return { sql: probe.sql, slots };
}

function assertSame(built: Sql, compiled: Sql, key: string): void {
  const same =
    built.sql === compiled.sql &&
    built.params.length === compiled.params.length &&
    built.params.every((param, index) => param === compiled.params[index]);
  if (!same) throw new Error(`The query template of ${key.split('\n')[0]} differs from its query`);
}

/**
 * The shape of plain data, as a string, with its strings pushed to `strings` in the order
 * `withStrings` meets them; null when the value holds anything else (another class instance, a
 * symbol key, an invalid date), whose effect on the SQL is not known.
 */
function shapeOf(value: unknown, strings: string[]): string | null {
  if (typeof value === 'string') {
    strings.push(value);
    return '?';
  }
  if (isRaw(value)) {
    const params = shapeOf(value.params, strings);
    return params === null ? null : `Raw(${JSON.stringify(value.sql)},${params})`;
  }
  // String() keeps NaN and Infinity apart from null, where JSON would not.
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : `Date(${value.toISOString()})`;
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const shape = shapeOf(item, strings);
      if (shape === null) return null;
      items.push(shape);
    }
    return `[${items.join(',')}]`;
  }
  if (!isPlainObject(value)) return null;
  const entries: string[] = [];
  for (const key of keysOf(value)) {
    // A raw fragment as a key (a condition of its own) shapes as it does as a value.
    const keyShape =
      typeof key === 'string' ? JSON.stringify(key) : shapeOf(fragmentOf(key), strings);
    const shape = keyShape === null ? null : shapeOf(value[key], strings);
    if (shape === null) return null;
    entries.push(`${keyShape}:${shape}`);
  }
  return `{${entries.join(',')}}`;
}

/** A copy of plain data with each string replaced, in the order `shapeOf` meets them. */
function withStrings(value: unknown, replace: () => string): unknown {
  if (typeof value === 'string') return replace();
  if (isRaw(value))
    return new RawQueryFragment(value.sql, withStrings(value.params, replace) as []);
  if (Array.isArray(value)) return value.map((item) => withStrings(item, replace));
  if (value instanceof Date || !isPlainObject(value)) return value;
  const copy: Record<string | symbol, unknown> = {};
  for (const key of keysOf(value)) {
    const copiedKey =
      typeof key === 'string'
        ? key
        : (withStrings(fragmentOf(key), replace) as RawQueryFragment).key;
    copy[copiedKey] = withStrings(value[key], replace);
  }
  return copy;
}

type PlainObject = Record<string | symbol, unknown>;

/** A plain object: its prototype Object's or none, its symbol keys raw fragments (or none). */
function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.getOwnPropertySymbols(value).every((symbol) => fragmentOf(symbol) !== undefined)
  );
}

/** Its string keys, then its raw fragments' keys: the same order for `shapeOf` and `withStrings`. */
function keysOf(value: PlainObject): (string | symbol)[] {
  return [...Object.keys(value), ...Object.getOwnPropertySymbols(value)];
}

function fragmentOf(key: symbol): RawQueryFragment | undefined {
  return RawQueryFragment.getKnownFragment(key);
}
