import {
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  helper,
  LockMode,
  type Ref,
  Reference,
  ReferenceKind,
  raw,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { bindAuditActor } from '../audit/audit-log.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors.js';
import { rowsOfShape } from '../database/prepared.js';
import {
  type ListArguments,
  type ListSpec,
  type OrderBy,
  type Page,
  type PageInfo,
  SortDirection,
} from '../graphql/list.js';
import type { PagePlan, RecordPlan } from '../graphql/selection-plan.js';
import { entityName } from '../i18n/labels.js';
import { type CursorPosition, decodeCursor, encodeCursor, isRecordKey } from '../sync/cursor.js';
import { syncMessages } from '../sync/sync.messages.js';
import { compilePage, compileRecord } from './compiled-read.js';
import { assertListKeysReadable, readableOrder } from './field-privacy.js';
import { QueryTemplates } from './query-templates.js';
import {
  ALL,
  coveredTeamIds,
  coveredTeamRows,
  isSql,
  NONE,
  readableRows,
  writableRows,
} from './rules.js';
import { scopeMessages as m } from './scope.messages.js';
import { UNSCOPED } from './scope-filter.js';
import { type Sql, StatementBatch } from './statement-batch.js';
import type { Viewer } from './viewer.js';
import { clampLimit, columnOf, filterToWhere, isUuid, orderOf } from './where.js';

interface Identified {
  id: string;
}

/** One group of `ScopedData.countBy`: the values of its keys, in order, and what it adds up to. */
export interface GroupCount {
  keys: (string | null)[];
  count: number;
  /** The sum asked for, exact (e.g. "90000.00"); null when none was asked. */
  sum: string | null;
}

/**
 * The scope layer: resolvers reach the database only through it. Every read, count and write of
 * a request goes through one instance, bound to the request's viewer, which ANDs the viewer's
 * row rule (scope/rules.ts) into the query; services check invariants with its EntityManager,
 * inside its transactions, where the scope filter (scope/scope-filter.ts) applies the same rules. Lookups and nested lists are batched with
 * DataLoader, the references a query asks for are read along with the rows that hold them, and
 * the reads of one turn run as one statement (StatementBatch): a request's statement count grows
 * with its depth, not with list lengths or the number of fields on a level.
 */
/**
 * Options for a read of some fields only: its rows stay out of the request's identity map, where
 * they would stand for whole records and answer null for the fields not read (a document's
 * `version` after reading only its format).
 */
export const PARTIAL_READ = { disableIdentityMap: true } as const;

export class ScopedData {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  /** Records read in this request, by entity name and id (null: out of scope or missing). */
  private readonly known = new Map<string, Map<string, Promise<unknown>>>();
  private readonly statements: StatementBatch;
  private readonly scopeConditions = new Map<string, Promise<object>>();
  /** Where clauses `readable` made, and the entity whose row rule each holds (see `matching`). */
  private readonly ruled = new WeakMap<object, string>();
  private coveredTeamSet: Promise<Set<string> | 'all'> | undefined;
  private coveredTeamsQuery: Promise<Sql | typeof ALL | typeof NONE> | undefined;

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {
    bindAuditActor(em, viewer);
    this.statements = new StatementBatch(em);
  }

  /**
   * The teams the viewer covers (sees their rosters and their own story), as opposed to seeing
   * them only as public information: 'all' for those who cover every team. Read once per
   * request, for the reads that decide team by team (a team's `covered`, its roster).
   */
  coveredTeams(): Promise<Set<string> | 'all'> {
    this.coveredTeamSet ??= (async () => {
      const covered = await this.coveredTeamIdsSql();
      if (covered === ALL) return 'all';
      if (covered === NONE) return new Set<string>();
      // Ids only, as plain rows: a liaison of a large county covers hundreds of teams, and
      // partial entities must not enter the request's identity map.
      const rows = await this.sqlRows<{ id: string }>(covered);
      return new Set(rows.map((row) => row.id));
    })();
    return this.coveredTeamSet;
  }

  /**
   * Whether the viewer covers the team whose id is `teamColumn`, as a SQL condition to read along
   * with rows that name teams (attendance tallies): the rule of `coveredTeams`, without reading
   * every team the viewer covers.
   */
  async coversTeamSql(teamColumn: string): Promise<Sql> {
    const covered = await this.coveredTeamIdsSql();
    if (covered === ALL) return { sql: 'true', params: [] };
    if (covered === NONE) return { sql: 'false', params: [] };
    return { sql: `${teamColumn} in (${covered.sql})`, params: covered.params };
  }

  /** The ids of the teams the viewer covers, as a query, or ALL or NONE; built once a request. */
  private coveredTeamIdsSql(): Promise<Sql | typeof ALL | typeof NONE> {
    this.coveredTeamsQuery ??= (async () => {
      const rule = coveredTeamRows(this.viewer);
      if (rule === ALL || rule === NONE) return rule;
      // A link table's subquery as it is: read through `team`, PostgreSQL scans every team's key.
      const ids = coveredTeamIds(this.viewer);
      if (ids && isSql(ids)) return ids;
      const team = this.em.getMetadata().getByClassName<Identified>('Team').class;
      return this.matching(team, rule as FilterQuery<Identified>, ['c.id']);
    })();
    return this.coveredTeamsQuery;
  }

  /** Whether the viewer covers a team (see `coveredTeams`). */
  async coversTeam(teamId: string): Promise<boolean> {
    const covered = await this.coveredTeams();
    return covered === 'all' || covered.has(teamId);
  }

  /**
   * Rows of hand-written SQL, read in the same statement as the request's other reads of this
   * turn (see StatementBatch): values come back as JSON (numbers, strings, instants as ISO 8601
   * strings). The SQL must keep to the viewer's scope itself; its file is reviewed in
   * scope/sql-paths.test.ts.
   */
  sqlRows<R>(read: Sql): Promise<R[]> {
    return this.statements.rows<R>(read);
  }

  /**
   * How many rows of an entity each parent has, over all rows: the aggregate tier, whose
   * disclosure the caller decides (e.g. withheld below five for API partners). Batched per tick.
   */
  aggregateCount<T extends Identified>(
    entity: EntityClass<T>,
    parentProperty: string,
    parentId: string,
    where: FilterQuery<T>,
  ): Promise<number> {
    const key = `count:${entity.name}:${parentProperty}:${JSON.stringify(where)}`;
    const loader = this.loader<number>(key, async (parentIds) => {
      const column = `c.${columnOf(this.meta(entity), parentProperty)}`;
      const qb = this.em
        .createQueryBuilder(entity, 'c')
        .select([raw(`${column} as parent_key`), raw('count(*) as total')])
        .where(where as never)
        .andWhere(`${column} in (${parentIds.map(() => '?').join(', ')})`, [...parentIds])
        .groupBy(raw(column) as never);
      const rows = await this.sqlRows<{ parent_key: string; total: number }>(qb.toQuery());
      const totals = new Map(rows.map((row) => [row.parent_key, Number(row.total)]));
      return parentIds.map((id) => totals.get(id) ?? 0);
    });
    return loader.load(parentId);
  }

  /**
   * A record the viewer may read, or null: out of scope answers exactly as missing. `include`
   * names references of it (`leadLea`) to read in the same statement, each through its own row
   * rule, for the fields asked next.
   */
  byId<T extends Identified>(
    entity: EntityClass<T>,
    id: string,
    include: readonly string[] = [],
  ): Promise<T | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const key = id.toLowerCase();
    const known = this.knownOf(entity);
    let record = known.get(key) as Promise<T | null> | undefined;
    if (!record) {
      const loader = this.loader<T | null>(`byId:${entity.name}:${include}`, async (ids) => {
        const rows = await this.readableById(entity, { $in: ids }, include);
        const found = new Map(rows.map((row) => [row.id as string, this.hydrate(entity, row)]));
        return ids.map((id) => found.get(id) ?? null);
      });
      record = loader.load(key);
      known.set(key, record);
    }
    return record;
  }

  /**
   * `byId`, answering the whole selection `plan` asks of the record (its references and nested
   * lists too) in one read: the answer as JSON, null when out of scope; undefined when the plan
   * holds what SQL would not answer exactly (see compiled-read.ts), for `byId` and the resolvers.
   */
  async compiledById(plan: RecordPlan, id: string): Promise<object | null | undefined> {
    if (!isUuid(id)) return null;
    const read = await compileRecord(this, plan, id.toLowerCase());
    if (!read) return undefined;
    const [row] = await this.compiledRows(read);
    return row?.data ?? null;
  }

  /**
   * `list`, answering the whole selection `plan` asks of the page in one read, as `compiledById`;
   * undefined too for a list in the sync order, whose pages end with a cursor.
   */
  async compiledList<T extends Identified>(
    plan: PagePlan,
    spec: ListSpec<T>,
    args: ListArguments,
  ): Promise<object | undefined> {
    if (args.after != null || keysetOf(args)) return undefined;
    const read = await compilePage(this, plan, spec as ListSpec<object>, args);
    if (!read) return undefined;
    const [row] = await this.compiledRows(read);
    return row?.data;
  }

  /**
   * The row of an answer built in SQL: its text is the same for every request of a shape, so it
   * is run as a prepared statement when `rowsOfShape` takes it (not in a transaction, whose
   * connection it would not use); otherwise with the other reads of this turn.
   */
  private compiledRows(read: Sql): Promise<{ data: object }[]> {
    const prepared = this.em.isInTransaction()
      ? undefined
      : rowsOfShape<{ data: object }>(this.em, read.sql, [...read.params]);
    return prepared ?? this.sqlRows(read);
  }

  /**
   * A record the viewer may read, read and locked (FOR UPDATE) in one statement, for the rest of
   * the transaction; or null, as `byId`. Read as `byId` reads (the row rule and the scope filter
   * in its SQL), without MikroORM's find: locking a convening took it 1.3 ms of CPU.
   */
  async lockedById<T extends Identified>(entity: EntityClass<T>, id: string): Promise<T | null> {
    if (!this.em.isInTransaction()) throw new Error('lockedById runs in a transaction');
    if (!isUuid(id)) return null;
    const [row] = await this.readableById(entity, id, [], ' for update of c');
    return row ? this.hydrate(entity, row) : null;
  }

  /**
   * The rows of the records with these ids that the viewer may read (the row rule and the scope
   * filter in the SQL), with the references `include` names; `lock`, a locking clause for the
   * records' own rows. One read of the statement batch.
   */
  private async readableById<T extends Identified>(
    entity: EntityClass<T>,
    id: string | { $in: readonly string[] },
    include: readonly string[],
    lock = '',
  ): Promise<Row[]> {
    const where = this.readable(entity, { id } as FilterQuery<T>);
    if (!where) return [];
    const meta = this.meta(entity);
    const matching = await this.matching(entity, where, ['c.*']);
    const references = await this.referenceColumns(meta, include);
    return this.sqlRows<Row>({
      sql: `select ${this.recordColumns(meta, 'r')}${references.sql} from (${matching.sql}${lock}) as r`,
      params: [...references.params, ...matching.params],
    });
  }

  /** Follows a many-to-one reference, through the scope; `include` as for `byId`. */
  ref<T extends Identified>(
    reference: Ref<T> | null | undefined,
    include: readonly string[] = [],
  ): Promise<T | null> {
    if (!reference) return Promise.resolve(null);
    const target = Reference.unwrapReference(reference) as T;
    return this.byId(helper(target).__meta.class as EntityClass<T>, target.id, include);
  }

  /**
   * A reference of which only the id is asked for. A viewer who may read every record of its
   * entity gets it without a read: the foreign key says the record exists. Anyone else gets it
   * through the scope, as `ref` (null when out of scope).
   */
  refId<T extends Identified>(reference: Ref<T> | null | undefined): Promise<T | null> {
    if (!reference) return Promise.resolve(null);
    const target = Reference.unwrapReference(reference) as T;
    const entity = helper(target).__meta.class as EntityClass<T>;
    if (readableRows(entity, this.viewer) === ALL) return Promise.resolve(target);
    return this.byId(entity, target.id);
  }

  /**
   * A page of a list, with its total, in one read. In the sync order (`orderBy` absent with a
   * cursor, or `UPDATED_AT` ascending alone) records sort by (updatedAt, id) and a page ends with
   * a cursor; `after` starts past one, so a record written between two pages is neither skipped
   * nor repeated (a record changed meanwhile moves to the end, where the sync meets it again).
   * `include` names references of the rows to read along, as for `byId`.
   */
  async list<T extends Identified>(
    spec: ListSpec<T>,
    args: ListArguments,
    include: readonly string[] = [],
  ): Promise<Page<T>> {
    assertListKeysReadable(spec.entity.name, args, this.viewer);
    const keyset = keysetOf(args);
    const meta = this.meta(spec.entity);
    const where = this.readable(spec.entity, filterToWhere(args.filter, spec, meta, this.viewer));
    const offset = args.offset ?? 0;
    if (!where) return { nodes: [], totalCount: 0, pageInfo: NO_NEXT_PAGE };
    const limit = clampLimit(args.limit);
    const order = keyset ? SYNC_ORDER : orderOf(args.orderBy, this.defaultOrder(spec));
    const after = keyset?.after
      ? ({
          $or: [
            { updatedAt: { $gt: keyset.after.at } },
            { updatedAt: keyset.after.at, id: { $gt: keyset.after.key } },
          ],
        } as FilterQuery<T>)
      : null;
    // The total counts every match; the page starts past the cursor. In the sync order one row
    // more than asked tells whether another page follows. Without a cursor both read the same
    // rows: one query serves both.
    const matching = await this.matching(
      spec.entity,
      after ? this.narrowed(spec.entity, where, after) : where,
      ['c.*'],
    );
    const counted = after ? await this.matching(spec.entity, where, ['c.id']) : matching;
    const references = await this.referenceColumns(meta, include);
    const [page] = await this.sqlRows<{ total: number; nodes: Row[] }>({
      sql: `select (select count(*) from (${counted.sql}) as counted) as total,
         (select coalesce(json_agg(page), '[]') from (
           select ${this.recordColumns(meta, 'r')}${references.sql},
             row_number() over (order by ${this.orderSql(meta, order, 'r')}) as "__position"
           from (${matching.sql} order by ${this.orderSql(meta, order, 'c')} limit ? offset ?) as r
         ) as page) as nodes`,
      params: [
        ...counted.params,
        ...references.params,
        ...matching.params,
        keyset ? limit + 1 : limit,
        offset,
      ],
    });
    const totalCount = Number(page?.total ?? 0);
    const rows = (page?.nodes ?? []).sort(byPosition);
    const nodes = rows.slice(0, limit).map((row) => this.hydrate(spec.entity, row));
    if (!keyset) {
      return { nodes, totalCount, pageInfo: offsetPageInfo(offset, nodes.length, totalCount) };
    }
    const last = nodes.at(-1) as (T & { updatedAt: Date }) | undefined;
    return {
      nodes,
      totalCount,
      pageInfo: {
        endCursor: last ? encodeCursor({ at: last.updatedAt, key: last.id }) : (args.after ?? null),
        hasNextPage: rows.length > limit,
      },
    };
  }

  /**
   * How many of the rows the viewer may read match a filter, per value of the `groupBy`
   * properties (an application's cohort and status), with the exact sum of a numeric property
   * when asked (`sum`, as a numeric string): the counts of `list` without the rows. A row counts
   * once however many rows the scope rule's joins make of it.
   */
  async countBy<T extends Identified>(
    spec: ListSpec<T>,
    filter: object | null | undefined,
    groupBy: readonly string[],
    sum?: string,
  ): Promise<GroupCount[]> {
    assertListKeysReadable(spec.entity.name, { filter }, this.viewer);
    const meta = this.meta(spec.entity);
    const where = this.readable(spec.entity, filterToWhere(filter, spec, meta, this.viewer));
    if (!where) return [];
    const subquery = await this.matching(spec.entity, where, ['c.id']);
    const columns = groupBy.map((property) => this.quote(columnOf(meta, property)));
    const select = [
      ...columns.map((column, index) => `${column} as key_${index}`),
      'count(*)::int as count',
      ...(sum ? [`sum(${this.quote(columnOf(meta, sum))})::text as sum`] : []),
    ];
    // Groups in the order of their keys (`__position`: the rows come back as a JSON array).
    const grouping = columns.length ? ` group by ${columns}` : '';
    const position = `row_number() over (${columns.length ? `order by ${columns}` : ''}) as "__position"`;
    // With the request's other reads of this turn, in one statement (see StatementBatch): the
    // fields that follow (an application count's cohort) then join the same statements on every
    // run.
    const rows = await this.sqlRows<Record<string, string | number | null>>({
      sql: `select ${[...select, position].join(', ')} from ${this.quote(meta.tableName)} where id in (${subquery.sql})${grouping}`,
      params: subquery.params,
    });
    return rows.sort(byPosition).map((row) => ({
      keys: groupBy.map((_, index) => (row[`key_${index}`] ?? null) as string | null),
      count: Number(row.count),
      sum: sum ? String(row.sum) : null,
    }));
  }

  /**
   * A page of the children of one parent, e.g. a team's memberships (`parentPath` 'team') or a
   * cohort's convenings through a link entity ('cohortLinks.cohort'). All parents asked for in the
   * same tick with the same arguments are answered by one windowed read; `include` names
   * references of the rows to read along, as for `byId`.
   */
  children<T extends Identified>(
    spec: ListSpec<T>,
    parentPath: string,
    parentId: string,
    args: ListArguments,
    include: readonly string[] = [],
  ): Promise<Page<T>> {
    assertListKeysReadable(spec.entity.name, args, this.viewer);
    const key = `children:${spec.entity.name}:${parentPath}:${JSON.stringify(args)}:${include}`;
    const loader = this.loader<Page<T>>(key, (parentIds) =>
      this.loadChildren(spec, parentPath, parentIds, args, include),
    );
    return loader.load(parentId);
  }

  /**
   * A per-request DataLoader for values computed for many ids at once (the scores of a cohort's
   * applications, attendance tallies, rosters for coverage), so a list's field resolvers share
   * one computation. `load` gets the distinct ids of one tick and returns their values in the
   * same order; it must read through `this.em` so that the viewer's scope applies. `name` tells
   * batches apart and carries any argument they share (e.g. a program year).
   */
  batchLoader<V>(
    name: string,
    load: (ids: readonly string[]) => Promise<V[]>,
  ): DataLoader<string, V> {
    return this.loader<V>(`batch:${name}`, load);
  }

  /** One value of a `batchLoader`. */
  batch<V>(name: string, id: string, load: (ids: readonly string[]) => Promise<V[]>): Promise<V> {
    return this.batchLoader(name, load).load(id);
  }

  /** Runs a write in one transaction; nothing half-written survives an error. */
  transaction<R>(work: (data: ScopedData) => Promise<R>): Promise<R> {
    return this.em.transactional((em) => work(new ScopedData(em as EntityManager, this.viewer)));
  }

  /**
   * Loads a record to change it. Outside the viewer's write scope: FORBIDDEN, whether it exists or
   * not; missing, for a viewer who may write everything: NOT_FOUND; a version other than the one
   * given: CONFLICT (the client saw an older record, or another writer got there first).
   */
  async forWrite<T extends Identified & { version: number }>(
    entity: EntityClass<T>,
    id: string,
    version?: number,
  ): Promise<T> {
    const record = await this.byId(entity, id);
    if (!record) {
      // Only a viewer who may write every row learns that an id does not exist; for anyone
      // else a missing id and one outside their scope are the same FORBIDDEN.
      if (writableRows(entity, this.viewer) === ALL) throw new NotFoundError(entity.name, id);
      throw new ForbiddenError();
    }
    await this.assertWritable(entity, record);
    if (version !== undefined) {
      if (this.em.isInTransaction()) {
        // Writers of one record queue here, so the later one sees the earlier one's version and
        // is told so, rather than failing on whatever the earlier one created (a unique key).
        await this.em.lock(record, LockMode.PESSIMISTIC_WRITE);
        await this.em.refresh(record);
      }
      if (record.version !== version) {
        throw new ConflictError(
          m.changedMeanwhile({
            entity: entityName(entity.name),
            id,
            current: record.version,
            sent: version,
          }),
        );
      }
      await this.em.lock(record, LockMode.OPTIMISTIC, version);
      // An update bumps the version even when only related rows change (a team's problem of
      // practice, its member LEAs): the record is written whatever else the update does, so a
      // second session still holding this version gets its CONFLICT.
      if ('updatedAt' in record) record.updatedAt = new Date();
    }
    return record;
  }

  /** Deletes a record the viewer may write, in one transaction; returns its id. */
  remove<T extends Identified & { version: number }>(
    entity: EntityClass<T>,
    id: string,
  ): Promise<string> {
    return this.transaction(async (tx) => {
      tx.em.remove(await tx.forWrite(entity, id));
      await tx.em.flush();
      return id;
    });
  }

  /**
   * Fails with FORBIDDEN unless the viewer may write this (new or existing) record, or every one
   * of these records (checked in one count, however many).
   */
  async assertWritable<T extends Identified>(
    entity: EntityClass<T>,
    records: T | readonly T[],
  ): Promise<void> {
    const ids = (Array.isArray(records) ? records : [records]).map((record) => record.id);
    const rule = writableRows(entity, this.viewer);
    // The write rule is checked on stored rows: the unit of work writes its changes first.
    if (rule !== ALL && rule !== NONE && ids.length > 0) await this.em.flush();
    await this.assertStoredWritable(entity, ids);
  }

  /**
   * Fails with FORBIDDEN unless the viewer may write every one of these stored records: for rows
   * written in SQL in this transaction (a convening's attendance), which the failure rolls back.
   */
  async assertStoredWritable<T extends Identified>(
    entity: EntityClass<T>,
    ids: readonly string[],
  ): Promise<void> {
    const rule = writableRows(entity, this.viewer);
    if (rule === ALL) return;
    if (rule === NONE) throw new ForbiddenError();
    const distinct = new Set(ids);
    if (distinct.size === 0) return;
    if ((await this.writableIds(entity, [...distinct])).size !== distinct.size) {
      throw new ForbiddenError();
    }
  }

  /**
   * Which of these stored records (new ones too) the viewer may write, by the write rule, in one
   * query per 10,000 ids: for writes of many rows at once (imports) that report each refusal.
   */
  async writableIds<T extends Identified>(
    entity: EntityClass<T>,
    ids: readonly string[],
  ): Promise<Set<string>> {
    const rule = writableRows(entity, this.viewer);
    if (rule === ALL) return new Set(ids);
    if (rule === NONE) return new Set();
    const writable = new Set<string>();
    for (let start = 0; start < ids.length; start += 10_000) {
      // The write rule is the authority here: a new record may not be readable yet (a person a
      // team lead adds before they join the team).
      const rows = await this.em.find(
        entity,
        { $and: [{ id: { $in: ids.slice(start, start + 10_000) } }, rule] } as FilterQuery<T>,
        { ...UNSCOPED, ...PARTIAL_READ, fields: ['id'] as never },
      );
      for (const row of rows) writable.add(row.id);
    }
    return writable;
  }

  /** A referenced record by id for an input field, or a BAD_USER_INPUT naming the field. */
  async reference<T extends Identified>(
    entity: EntityClass<T>,
    id: string,
    path: string,
  ): Promise<T> {
    const record = await this.byId(entity, id);
    if (!record) {
      throw InvalidInputError.field(
        path,
        m.noRecordWithId({ entity: entityName(entity.name), id }),
      );
    }
    return record;
  }

  /** The viewer's row rule ANDed into `where`; null: no rows (also for compiled-read.ts). */
  readable<T extends object>(entity: EntityClass<T>, where: FilterQuery<T>): FilterQuery<T> | null {
    const rule = readableRows(entity, this.viewer);
    if (rule === NONE) return null;
    if (rule === ALL) return where;
    const ruled = { $and: [where, rule] };
    this.ruled.set(ruled, entity.name);
    return ruled as FilterQuery<T>;
  }

  /** `where` ANDed with `more`, ruled as `where` is (see `matching`: the rule is not ANDed again). */
  private narrowed<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    more: FilterQuery<T>,
  ): FilterQuery<T> {
    const both = { $and: [where, more] };
    if (this.ruled.get(where) === entity.name) this.ruled.set(both, entity.name);
    return both as FilterQuery<T>;
  }

  /** The list's default order, less fields this viewer may not read (an order is an oracle too). */
  defaultOrder(spec: ListSpec<object>) {
    return readableOrder(spec.entity.name, spec.defaultOrder, this.viewer);
  }

  meta<T extends object>(entity: EntityClass<T>): EntityMetadata<T> {
    return this.em.getMetadata().get<T>(entity);
  }

  private loader<V>(
    key: string,
    batch: (keys: readonly string[]) => Promise<V[]>,
  ): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private async loadChildren<T extends Identified>(
    spec: ListSpec<T>,
    parentPath: string,
    parentIds: readonly string[],
    args: ListArguments,
    include: readonly string[],
  ): Promise<Page<T>[]> {
    const meta: AnyMetadata = this.meta(spec.entity);
    const where = this.readable(spec.entity, filterToWhere(args.filter, spec, meta, this.viewer));
    const limit = clampLimit(args.limit);
    const offset = args.offset ?? 0;
    if (!where) return parentIds.map(() => ({ nodes: [], totalCount: 0, pageInfo: NO_NEXT_PAGE }));

    const [link, linkTarget] = parentPath.split('.') as [string, string | undefined];
    let parentKey: string;
    let linkJoin: string | undefined;
    if (linkTarget) {
      // Through a link entity: partition by the link's foreign key.
      const linkMeta = meta.properties[link]?.targetMeta;
      if (!linkMeta) throw new Error(`${meta.className}.${link} is not a relation`);
      linkJoin = link;
      parentKey = `parent_link.${columnOf(linkMeta, linkTarget)}`;
    } else {
      parentKey = `c.${columnOf(meta, link)}`;
    }
    // Scope rules may join to-many relations (people through memberships), which repeats rows:
    // the inner query keeps each (child, parent) once, the window numbers them per parent.
    const order = orderOf(args.orderBy, this.defaultOrder(spec));
    const matching = await this.matching(
      spec.entity,
      where,
      [
        'c.id',
        `${parentKey} as parent_key`,
        ...order.map((key, index) => `c.${columnOf(meta, key.field)} as order_${index}`),
      ],
      { parentKey, parentIds, link: linkJoin },
    );
    const windowOrder = order.map((key, index) => `order_${index} ${key.direction}`).join(', ');
    const references = await this.referenceColumns(meta, include);

    // Each parent's page, plus its first row, which carries the total even past the end.
    const rows = await this.sqlRows<Row>({
      sql: `select ${this.recordColumns(meta, 'r')}${references.sql},
           windowed.parent_key as "__parent", windowed.position as "__position",
           windowed.total as "__total"
         from (
           select id, parent_key,
             row_number() over (partition by parent_key order by ${windowOrder}) as position,
             count(*) over (partition by parent_key) as total
           from (${matching.sql}) as matching
         ) as windowed
         join ${this.quote(meta.tableName)} as r on r.id = windowed.id
         where (windowed.position > ? and windowed.position <= ?) or windowed.position = 1`,
      params: [...references.params, ...matching.params, offset, offset + limit],
    });

    const pages = new Map<string, Page<T>>();
    for (const row of rows.sort(byPosition)) {
      const parent = row.__parent as string;
      const page = pages.get(parent) ?? {
        nodes: [],
        totalCount: Number(row.__total),
        pageInfo: NO_NEXT_PAGE,
      };
      pages.set(parent, page);
      const position = Number(row.__position);
      if (position > offset && position <= offset + limit) {
        page.nodes.push(this.hydrate(spec.entity, row));
      }
    }
    return parentIds.map((id) => {
      const page = pages.get(id);
      if (!page) return { nodes: [], totalCount: 0, pageInfo: NO_NEXT_PAGE };
      return { ...page, pageInfo: offsetPageInfo(offset, page.nodes.length, page.totalCount) };
    });
  }

  /**
   * `select <columns> from <entity> c where <where>`, with the scope filter's rule ANDed in (as
   * every `em.find` has it) unless `where` is `readable`'s, ready to nest in a read. `children`
   * narrows it to the rows of some parents (`parentKey` in `parentIds`, through the link entity
   * `link` if any), each once.
   * Built from the template of the clauses' shape when there is one (see QueryTemplates).
   */
  async matching<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    columns: string[],
    children?: { parentKey: string; parentIds: readonly string[]; link?: string },
  ): Promise<Sql> {
    // The scope filter's condition, as `qb.applyFilters()` would AND it in: here part of the
    // clauses, so that its values are parameters of the template too. Not when `where` came from
    // `readable` for this entity: it holds the same rule (readableRows), which PostgreSQL would
    // otherwise evaluate twice for every row (a quarter of the liaison dashboard's time).
    const scope = this.ruled.get(where) === entity.name ? {} : await this.scopeCondition(entity);
    const key = [entity.name, columns.join(', '), children?.parentKey, children?.link].join('\n');
    const clauses = { where, scope, parentIds: children?.parentIds ?? [] };
    return queryTemplates.build(key, clauses, async ({ where, scope, parentIds }) => {
      const qb = this.em
        .createQueryBuilder(entity, 'c')
        .select(columns.map((column) => raw(column)) as never)
        .where(where as never)
        .andWhere(scope as never);
      if (children) {
        if (children.link) qb.join(`c.${children.link}` as never, 'parent_link');
        qb.andWhere(`${children.parentKey} in (${parentIds.map(() => '?').join(', ')})`, [
          ...parentIds,
        ]);
        qb.distinct();
      }
      return qb.toQuery();
    });
  }

  /**
   * `select <columns> from <entity> c where <where>`, without the row rule or the scope filter:
   * only to narrow rows already read through `matching`, where the rule would be evaluated again
   * (in an answer built in SQL, which of its people's names the viewer may read).
   */
  amongReadRows<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
    columns: string[],
  ): Promise<Sql> {
    const key = ['among read rows', entity.name, columns.join(', ')].join('\n');
    return queryTemplates.build(key, { where }, async ({ where }) =>
      this.em
        .createQueryBuilder(entity, 'c')
        .select(columns.map((column) => raw(column)) as never)
        .where(where as never)
        .toQuery(),
    );
  }

  /** The scope filter's condition on an entity's reads: the same all request, worked out once. */
  private scopeCondition(entity: EntityClass<object>): Promise<object> {
    let condition = this.scopeConditions.get(entity.name);
    if (!condition) {
      condition = this.em.applyFilters(entity, {}, {}, 'read') as Promise<object>;
      this.scopeConditions.set(entity.name, condition);
    }
    return condition;
  }

  /**
   * The columns of a record of `meta` at `alias`, as they are hydrated: what `em.find` reads
   * (lazy properties left out), with numeric and bigint columns as text, which JSON would round.
   */
  private recordColumns(meta: AnyMetadata, alias: 'r' | 't'): string {
    // The same for every read of an entity: written once per entity (and alias).
    let byAlias = RECORD_COLUMNS.get(meta);
    if (!byAlias) {
      byAlias = new Map();
      RECORD_COLUMNS.set(meta, byAlias);
    }
    let columns = byAlias.get(alias);
    if (columns === undefined) {
      columns = meta.props
        .filter(isColumnOf)
        .flatMap((prop) =>
          prop.fieldNames.map((column, index) => {
            const value = `${alias}.${this.quote(column)}`;
            return EXACT_AS_TEXT.test(prop.columnTypes?.[index] ?? '')
              ? `${value}::text as ${this.quote(column)}`
              : value;
          }),
        )
        .join(', ');
      byAlias.set(alias, columns);
    }
    return columns;
  }

  /**
   * Columns that read, for each row `r`, the records its references in `include` point to, each
   * through its own entity's row rule (null when out of scope): `, (select …) as "__ref_<name>"`.
   */
  private async referenceColumns(meta: AnyMetadata, include: readonly string[]): Promise<Sql> {
    let sql = '';
    const params: unknown[] = [];
    for (const name of include) {
      const prop = meta.properties[name];
      if (!prop || !isColumnOf(prop) || !prop.targetMeta) continue;
      const target = prop.targetMeta as AnyMetadata;
      const where = this.readable(target.class, {});
      if (!where) {
        sql += `, null as ${this.quote(`__ref_${name}`)}`;
        continue;
      }
      const matching = await this.matching(target.class, where, ['c.*']);
      sql += `, (select to_json(referenced) from (
          select ${this.recordColumns(target, 't')} from (${matching.sql}) as t
          where t.id = r.${this.quote(prop.fieldNames[0] as string)}
        ) as referenced) as ${this.quote(`__ref_${name}`)}`;
      params.push(...matching.params);
    }
    return { sql, params };
  }

  /** `order by` keys at `alias`, ids last (see `orderOf`). */
  orderSql(meta: AnyMetadata, order: OrderBy[], alias: string): string {
    return order
      .map((key) => `${alias}.${this.quote(columnOf(meta, key.field))} ${key.direction}`)
      .join(', ');
  }

  /**
   * A record from a row of `recordColumns` (and `referenceColumns`), into the request's identity
   * map as `em.find` would put it; the references read along become known records.
   */
  private hydrate<T extends object>(entity: EntityClass<T>, row: Row): T {
    const meta: AnyMetadata = this.meta(entity);
    const columns: Row = {};
    for (const column in row) {
      if (!column.startsWith('__')) {
        columns[column] = row[column];
        continue;
      }
      if (!column.startsWith('__ref_')) continue;
      const prop = meta.properties[column.slice('__ref_'.length)] as AnyProperty;
      const id = row[prop.fieldNames[0] as string];
      const target = prop.targetMeta?.class as EntityClass<object>;
      const known = this.knownOf(target);
      if (typeof id === 'string' && !known.has(id)) {
        const value = row[column];
        known.set(id, Promise.resolve(value ? this.hydrate(target, value as Row) : null));
      }
    }
    return this.em
      .getEntityFactory()
      .create(entity, this.em.getDriver().mapResult(columns, meta) as never, {
        merge: true,
        convertCustomTypes: true,
      });
  }

  private knownOf(entity: EntityClass<object>): Map<string, Promise<unknown>> {
    let known = this.known.get(entity.name);
    if (!known) {
      known = new Map();
      this.known.set(entity.name, known);
    }
    return known;
  }

  quote(identifier: string): string {
    return this.em.getPlatform().quoteIdentifier(identifier);
  }
}

/**
 * The templates of the queries `matching` builds, for the process: their SQL depends only on the
 * entities' metadata and PostgreSQL, the same for every EntityManager. The server's tests check
 * each against MikroORM's own (vitest.config.ts).
 */
const queryTemplates = new QueryTemplates({
  checked: process.env.CEI_CHECK_QUERY_TEMPLATES === 'true',
});

const NO_NEXT_PAGE: PageInfo = { endCursor: null, hasNextPage: false };

/** The sync order: by last change, then id, so every record has one place. */
const SYNC_ORDER: OrderBy[] = [
  { field: 'updatedAt', direction: SortDirection.ASC },
  { field: 'id', direction: SortDirection.ASC },
];

/** A row as a read returns it: columns by name, and `__` columns of the read's own. */
type Row = Record<string, unknown>;

/** Rows in the order of their `__position` (within each parent, for child lists). */
const byPosition = (a: Row, b: Row) => Number(a.__position) - Number(b.__position);

/** `recordColumns` per entity's metadata and alias. */
const RECORD_COLUMNS = new WeakMap<AnyMetadata, Map<string, string>>();

/** Column types JSON would not keep exactly. */
const EXACT_AS_TEXT = /^(numeric|decimal|bigint|int8)\b/;

/** Whether a property is a column of its entity's rows, as `em.find` reads them. */
function isColumnOf(prop: AnyProperty): boolean {
  return (
    Boolean(prop.fieldNames?.length) &&
    !prop.lazy &&
    prop.persist !== false &&
    !prop.formula &&
    (prop.kind === ReferenceKind.SCALAR ||
      prop.kind === ReferenceKind.MANY_TO_ONE ||
      (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner === true))
  );
}

/** An offset page's end: no cursor (its order is not the sync order), more when rows remain. */
function offsetPageInfo(offset: number, length: number, totalCount: number): PageInfo {
  return { endCursor: null, hasNextPage: offset + length < totalCount };
}

/**
 * Whether a list is asked for in the sync order, and from which cursor: refuses a cursor that is
 * malformed, or comes with an offset or another order.
 */
function keysetOf(args: ListArguments): { after: CursorPosition | null } | null {
  const syncOrder =
    args.orderBy?.length === 1 &&
    args.orderBy[0]?.field === 'updatedAt' &&
    args.orderBy[0].direction === SortDirection.ASC;
  if (args.after == null) return syncOrder ? { after: null } : null;
  if (args.orderBy?.length && !syncOrder) {
    throw InvalidInputError.field('orderBy', syncMessages.cursorOrder());
  }
  if (args.offset) throw InvalidInputError.field('offset', syncMessages.cursorWithOffset());
  return { after: decodeCursor(args.after, 'after', isRecordKey) };
}

// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyMetadata = EntityMetadata<any>;
// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyProperty = EntityProperty<any>;
