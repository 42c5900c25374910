import {
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  ReferenceKind,
} from '@mikro-orm/core';
import { ForbiddenError, InvalidInputError } from '../common/errors.js';
import type { ListArguments, ListSpec, OrderBy } from '../graphql/list.js';
import type { PagePlan, RecordPlan } from '../graphql/selection-plan.js';
import { MARK } from './compiled-answer.js';
import { assertListKeysReadable, readableRecordsWhere } from './field-privacy.js';
import { ALL, readableRows } from './rules.js';
import type { Sql } from './statement-batch.js';
import type { Viewer } from './viewer.js';
import { clampLimit, filterToWhere, orderOf } from './where.js';

/**
 * Answers built in SQL: a root field's whole selection, planned by graphql/selection-plan.ts, as
 * one statement that builds the answer's JSON, each record through its entity's row rule and
 * each field through its privacy rule, the same clauses the scope layer ANDs into its reads (and
 * from the same functions); a computed field's inputs through the SQL it declares
 * (graphql/computed-in-sql.ts). The resolvers then only hand each field its value
 * (compiled-answer.ts): no records are hydrated, no reference or nested list is read again.
 */

/** What the scope layer (ScopedData) lends the compiler: its clauses and how it runs SQL. */
export interface CompilingScope {
  viewer: Viewer;
  meta<T extends object>(entity: EntityClass<T>): EntityMetadata<T>;
  /** The viewer's row rule ANDed into `where`; null: no rows. */
  readable<T extends object>(entity: EntityClass<T>, where: FilterQuery<T>): FilterQuery<T> | null;
  /** `select <columns> from <entity> c where …`, the scope filter included. */
  matching<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    columns: string[],
  ): Promise<Sql>;
  /** As `matching` without the rules: to narrow rows already read through it. */
  amongReadRows<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    columns: string[],
  ): Promise<Sql>;
  defaultOrder(spec: ListSpec<object>): OrderBy[];
  /** `order by` keys at `alias`, as the scope layer's own reads sort. */
  orderSql(meta: EntityMetadata<object>, order: OrderBy[], alias: string): string;
  quote(identifier: string): string;
  /** Whether the viewer covers the team whose id is `teamColumn`, as an SQL condition. */
  coversTeamSql(teamColumn: string): Promise<Sql>;
}

/** Thrown where a plan holds what SQL would not answer exactly; the resolvers answer instead. */
const UNCOMPILED = Symbol('not compiled');

/**
 * The SQL of a root lookup's answer (one row, column `data`; none when out of scope), or null
 * when the resolvers must answer.
 */
export function compileRecord(scope: CompilingScope, plan: RecordPlan, id: string) {
  return compiled(async (sql) => {
    const entity = plan.entity as EntityClass<{ id: string }>;
    const where = scope.readable(entity, { id } as FilterQuery<{ id: string }>);
    if (!where) return { sql: 'select null as data where false', params: [] };
    const rows = await scope.matching(entity, where, ['c.*']);
    const record = await sql.record(plan, 'r0');
    return join`select ${record} as data from (${rows}) as r0`;
  }, scope);
}

/** The SQL of a root list's answer (one row, column `data`), or null as `compileRecord`. */
export function compilePage(
  scope: CompilingScope,
  plan: PagePlan,
  spec: ListSpec<object>,
  args: ListArguments,
) {
  return compiled(async (sql) => join`select ${await sql.page(plan, spec, args)} as data`, scope);
}

async function compiled(build: (sql: SelectionSql) => Promise<Sql>, scope: CompilingScope) {
  try {
    return await build(new SelectionSql(scope));
  } catch (error) {
    // Refused arguments too: the resolvers report them at the field that has them.
    if (
      error === UNCOMPILED ||
      error instanceof InvalidInputError ||
      error instanceof ForbiddenError
    ) {
      return null;
    }
    throw error;
  }
}

class SelectionSql {
  private aliases = 0;

  constructor(private readonly scope: CompilingScope) {}

  /** A JSON object of the row at `alias` with every field the plan asks. */
  async record(plan: RecordPlan, alias: string): Promise<Sql> {
    const meta = this.scope.meta(plan.entity as EntityClass<object>) as AnyMetadata;
    // Records are joined to their references and children by an `id` key.
    if (meta.primaryKeys.length !== 1 || meta.primaryKeys[0] !== 'id') uncompiled();
    const fields: Sql[] = [raw(`'${MARK}', true`)];
    for (const name of plan.columns) {
      const prop = meta.properties[name] ?? uncompiled();
      const value = columnValue(prop, `${alias}.${this.scope.quote(column(prop))}`);
      const readable = readableRecordsWhere(this.scope.viewer, plan.type, name);
      if (readable === undefined) uncompiled();
      if (readable === null) fields.push(raw(`'${name}', null`));
      else if (Object.keys(readable).length === 0) fields.push(raw(`'${name}', ${value}`));
      else {
        // The record is one the viewer reads (through `matching`); which of its fields they read
        // depends on its own columns, looked up by its key for each record: a set of every
        // readable record would be as large as the viewer's scope.
        const readers = await this.scope.amongReadRows(meta.class, readable, ['c.id']);
        fields.push(
          join`${raw(`'${name}', case when exists (select 1 from (`)}${readers}${raw(`) as readers where readers.id = ${alias}.id) then ${value} end`)}`,
        );
      }
    }
    for (const reference of plan.references) {
      const prop = meta.properties[reference.property] ?? uncompiled();
      if (!isReference(prop)) uncompiled();
      const target = (prop.targetMeta as AnyMetadata).class as EntityClass<object>;
      const where = this.scope.readable(target, {});
      if (!where) {
        fields.push(raw(`'${reference.key}', null`));
        continue;
      }
      const rows = await this.scope.matching(target, where, ['c.*']);
      const inner = this.alias();
      const record = await this.record(reference.record, inner);
      fields.push(
        join`${raw(`'${reference.key}', `)}(select ${record} from (${rows}) as ${raw(inner)} where ${raw(`${inner}.id = ${alias}.${this.scope.quote(column(prop))}`)})`,
      );
    }
    for (const list of plan.lists) {
      const page = await this.page(list.page, list.spec, list.args, { via: list.via, alias });
      fields.push(join`${raw(`'${list.key}', `)}${page}`);
    }
    for (const computed of plan.computed) {
      const value = await computed.field.sql(this.scope, `${alias}.id`, computed.args);
      fields.push(join`${raw(`'${computed.key}', `)}${value}`);
    }
    // json_build_object takes at most 100 arguments.
    if (fields.length > 50) uncompiled();
    return join`json_build_object(${list(fields)})`;
  }

  /**
   * A JSON object of a page of a list, as ScopedData.list and .children answer it: the
   * viewer's row rule and the filter, the requested order then the default then id, the limit
   * capped; of the children of the row at `parent.alias` when nested.
   */
  async page(
    plan: PagePlan,
    spec: ListSpec<object>,
    args: ListArguments,
    parent?: { via: string; alias: string },
  ): Promise<Sql> {
    const { viewer } = this.scope;
    assertListKeysReadable(spec.entity.name, args, viewer);
    const meta = this.scope.meta(spec.entity) as AnyMetadata;
    const where = this.scope.readable(spec.entity, filterToWhere(args.filter, spec, meta, viewer));
    const limit = clampLimit(args.limit);
    const offset = args.offset ?? 0;
    const fields: Sql[] = [raw(`'${MARK}', true`)];
    if (!where) {
      if (plan.nodes) fields.push(raw(`'nodes', '[]'::json`));
      if (plan.totalCount) fields.push(raw(`'totalCount', 0`));
      if (plan.pageInfo) fields.push(raw(PAGE_INFO('false')));
      return join`json_build_object(${list(fields)})`;
    }
    const order = orderOf(args.orderBy, this.scope.defaultOrder(spec));
    const { pageRows, counted } = await this.pageSources(spec, meta, where, args, order, parent);
    if (plan.nodes) {
      const alias = this.alias();
      const record = await this.record(plan.nodes, alias);
      fields.push(
        join`'nodes', (select coalesce(json_agg(${record} order by ${raw(this.scope.orderSql(meta, order, alias))}), '[]') from (${pageRows(limit, offset)}) as ${raw(alias)})`,
      );
    }
    if (!plan.totalCount && !plan.pageInfo) return join`json_build_object(${list(fields)})`;
    // Another page follows when more rows match than this one and those before it hold.
    if (plan.totalCount) fields.push(raw(`'totalCount', counted.total`));
    if (plan.pageInfo) fields.push(raw(PAGE_INFO(`counted.total > ${offset + limit}`)));
    return join`(select json_build_object(${list(fields)}) from (${counted}) as counted)`;
  }

  /**
   * Where a page's rows (`c.*`, in `order`) and their count (`total`) come from: the rows the
   * database keeps in order for these arguments when the list has them (ListSpec.keptPages) and
   * the viewer reads every row of the list; else the list's rows matching `where`.
   */
  private async pageSources(
    spec: ListSpec<object>,
    meta: AnyMetadata,
    where: FilterQuery<object>,
    args: ListArguments,
    order: OrderBy[],
    parent?: { via: string; alias: string },
  ): Promise<{ pageRows: (limit: number, offset: number) => Sql; counted: Sql }> {
    const { viewer } = this.scope;
    const kept =
      !parent && readableRows(spec.entity, viewer) === ALL
        ? spec.keptPages?.(args, order, viewer)
        : null;
    if (kept) return { pageRows: kept.rows, counted: kept.count };
    const matching = await this.scope.matching(spec.entity, where, ['c.*']);
    const rows = parent
      ? join`(select * from (${matching}) as c where ${this.childOf(meta, parent)})`
      : join`(${matching})`;
    const orderSql = raw(this.scope.orderSql(meta, order, 'c'));
    return {
      pageRows: (limit, offset) =>
        join`select * from ${rows} as c order by ${orderSql} limit ${param(limit)} offset ${param(offset)}`,
      counted: join`select count(*)::int as total from ${rows} as c`,
    };
  }

  /** The condition that a child row `c` belongs to the row at `parent.alias`, through `via`. */
  private childOf(meta: AnyMetadata, parent: { via: string; alias: string }): Sql {
    const [link, linkTarget] = parent.via.split('.') as [string, string | undefined];
    const prop = meta.properties[link] ?? uncompiled();
    if (!linkTarget) {
      if (!isReference(prop)) uncompiled();
      return raw(`c.${this.scope.quote(column(prop))} = ${parent.alias}.id`);
    }
    // Through a link entity (a convening's cohort links): every link row is public.
    const linkMeta = prop.targetMeta as AnyMetadata | undefined;
    if (prop.kind !== ReferenceKind.ONE_TO_MANY || !linkMeta || !prop.mappedBy) uncompiled();
    if (readableRows(linkMeta.class, this.scope.viewer) !== ALL) uncompiled();
    const owner = column(linkMeta.properties[prop.mappedBy] ?? uncompiled());
    const target = column(linkMeta.properties[linkTarget] ?? uncompiled());
    return raw(
      `c.id in (select l.${this.scope.quote(owner)} from ${this.scope.quote(linkMeta.tableName)} as l where l.${this.scope.quote(target)} = ${parent.alias}.id)`,
    );
  }

  private alias(): string {
    this.aliases += 1;
    return `r${this.aliases}`;
  }
}

const PAGE_INFO = (hasNextPage: string) =>
  `'pageInfo', json_build_object('endCursor', null, 'hasNextPage', ${hasNextPage})`;

/**
 * A column's value as the answer needs it, the same as a hydrated record's: instants in ISO 8601
 * with milliseconds (Date#toISOString), exact decimals as text; other types as JSON has them.
 */
function columnValue(prop: AnyProperty, value: string): string {
  if (!isPlainColumn(prop)) uncompiled();
  const type = prop.columnTypes?.[0] ?? '';
  if (type === 'timestamptz') return `to_char(${value} at time zone 'UTC', '${ISO_8601}')`;
  if (type.startsWith('numeric')) return `${value}::text`;
  if (PLAIN_TYPES.has(type)) return value;
  return uncompiled();
}

const ISO_8601 = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
/** Column types whose JSON is what the resolvers answer. */
const PLAIN_TYPES = new Set(['uuid', 'text', 'int', 'boolean', 'date']);

function isPlainColumn(prop: AnyProperty): boolean {
  return (
    prop.kind === ReferenceKind.SCALAR &&
    prop.fieldNames?.length === 1 &&
    !prop.lazy &&
    prop.persist !== false &&
    !prop.formula &&
    !prop.array
  );
}

function isReference(prop: AnyProperty): boolean {
  return (
    prop.fieldNames?.length === 1 &&
    (prop.kind === ReferenceKind.MANY_TO_ONE ||
      (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner === true))
  );
}

function column(prop: AnyProperty): string {
  return prop.fieldNames?.[0] ?? uncompiled();
}

function uncompiled(): never {
  throw UNCOMPILED;
}

// --- SQL with parameters, put together in order ---------------------------------------------

function raw(sql: string): Sql {
  return { sql, params: [] };
}

function param(value: unknown): Sql {
  return { sql: '?', params: [value] };
}

function list(parts: Sql[]): Sql {
  return {
    sql: parts.map((part) => part.sql).join(', '),
    params: parts.flatMap((part) => part.params),
  };
}

/** SQL from a template whose values are SQL pieces, their parameters kept in order. */
function join(strings: TemplateStringsArray, ...parts: Sql[]): Sql {
  let sql = strings[0] ?? '';
  const params: unknown[] = [];
  parts.forEach((part, index) => {
    sql += part.sql + (strings[index + 1] ?? '');
    params.push(...part.params);
  });
  return { sql, params };
}

// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyMetadata = EntityMetadata<any>;
// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyProperty = EntityProperty<any>;
