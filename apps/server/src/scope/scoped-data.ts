import {
  type EntityClass,
  type EntityMetadata,
  type FilterQuery,
  helper,
  LockMode,
  type Ref,
  Reference,
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
import {
  DEFAULT_LIMIT,
  type ListArguments,
  type ListSpec,
  MAX_LIMIT,
  type Page,
} from '../graphql/list.js';
import { entityName } from '../i18n/labels.js';
import { assertListKeysReadable, readableOrder } from './field-privacy.js';
import { ALL, coveredTeamRows, NONE, readableRows, writableRows } from './rules.js';
import { scopeMessages as m } from './scope.messages.js';
import { UNSCOPED } from './scope-filter.js';
import type { Viewer } from './viewer.js';
import { filterToWhere, isUuid, orderOf, toOrderMap } from './where.js';

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
 * DataLoader, so a request's statement count grows with its depth, not with list lengths.
 */
export class ScopedData {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private coveredTeams: Promise<Set<string> | 'all'> | undefined;

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {
    bindAuditActor(em, viewer);
  }

  /**
   * Whether the viewer covers a team (sees its roster and its own story), as opposed to seeing
   * it only as public information. Answered from one query per request.
   */
  async coversTeam(teamId: string): Promise<boolean> {
    this.coveredTeams ??= (async () => {
      const rule = coveredTeamRows(this.viewer);
      if (rule === ALL) return 'all';
      if (rule === NONE) return new Set<string>();
      const teams: { id: string }[] = await this.em.find('Team', rule as object);
      return new Set(teams.map((team) => team.id));
    })();
    const covered = await this.coveredTeams;
    return covered === 'all' || covered.has(teamId);
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
        .where(where)
        .andWhere(`${column} in (${parentIds.map(() => '?').join(', ')})`, [...parentIds])
        .groupBy(raw(column) as never);
      const rows: { parent_key: string; total: string }[] = await this.em
        .getConnection()
        .execute(qb.getKnexQuery());
      const totals = new Map(rows.map((row) => [row.parent_key, Number(row.total)]));
      return parentIds.map((id) => totals.get(id) ?? 0);
    });
    return loader.load(parentId);
  }

  /** A record the viewer may read, or null: out of scope answers exactly as missing. */
  byId<T extends Identified>(entity: EntityClass<T>, id: string): Promise<T | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const loader = this.loader<T | null>(`byId:${entity.name}`, async (ids) => {
      const where = this.readable(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
      const rows = where ? await this.em.find(entity, where) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => found.get(key) ?? null);
    });
    return loader.load(id.toLowerCase());
  }

  /** Follows a many-to-one reference, through the scope. */
  ref<T extends Identified>(reference: Ref<T> | null | undefined): Promise<T | null> {
    if (!reference) return Promise.resolve(null);
    const target = Reference.unwrapReference(reference) as T;
    return this.byId(helper(target).__meta.class as EntityClass<T>, target.id);
  }

  async list<T extends Identified>(spec: ListSpec<T>, args: ListArguments): Promise<Page<T>> {
    assertListKeysReadable(spec.entity.name, args, this.viewer);
    const where = this.readable(
      spec.entity,
      filterToWhere(args.filter, spec, this.meta(spec.entity), this.viewer),
    );
    if (!where) return { nodes: [], totalCount: 0 };
    const limit = clampLimit(args.limit);
    if (limit === 0) return { nodes: [], totalCount: await this.em.count(spec.entity, where) };
    const [nodes, totalCount] = await this.em.findAndCount(spec.entity, where, {
      orderBy: toOrderMap(orderOf(args.orderBy, this.defaultOrder(spec))),
      offset: args.offset ?? 0,
      limit,
    });
    return { nodes, totalCount };
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
    const matching = this.em.createQueryBuilder(spec.entity, 'c').select('c.id').where(where);
    await matching.applyFilters();
    const knex = this.em.getKnex();
    const columns = groupBy.map((property) => columnOf(meta, property));
    const rows: Record<string, string | number | null>[] = await this.em.getConnection().execute(
      knex
        .from(meta.tableName)
        .select([
          ...columns.map((column, index) => knex.raw('?? as ??', [column, `key_${index}`])),
          knex.raw('count(*)::int as count'),
          ...(sum ? [knex.raw('sum(??)::text as sum', [columnOf(meta, sum)])] : []),
        ])
        .whereIn('id', matching.getKnexQuery())
        .groupBy(columns)
        .orderBy(columns),
    );
    return rows.map((row) => ({
      keys: groupBy.map((_, index) => (row[`key_${index}`] ?? null) as string | null),
      count: Number(row.count),
      sum: sum ? String(row.sum) : null,
    }));
  }

  /**
   * A page of the children of one parent, e.g. a team's memberships (`parentPath` 'team') or a
   * cohort's convenings through a link entity ('cohortLinks.cohort'). All parents asked for in the
   * same tick with the same arguments are answered by one windowed query.
   */
  children<T extends Identified>(
    spec: ListSpec<T>,
    parentPath: string,
    parentId: string,
    args: ListArguments,
  ): Promise<Page<T>> {
    assertListKeysReadable(spec.entity.name, args, this.viewer);
    const key = `children:${spec.entity.name}:${parentPath}:${JSON.stringify(args)}`;
    const loader = this.loader<Page<T>>(key, (parentIds) =>
      this.loadChildren(spec, parentPath, parentIds, args),
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
   * given: CONFLICT (the client saw an older record).
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
    const rule = writableRows(entity, this.viewer);
    if (rule === ALL) return;
    if (rule === NONE) throw new ForbiddenError();
    const ids = [...new Set((Array.isArray(records) ? records : [records]).map((r) => r.id))];
    if (ids.length === 0) return;
    await this.em.flush();
    if ((await this.writableIds(entity, ids)).size !== ids.length) throw new ForbiddenError();
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
        { ...UNSCOPED, fields: ['id'] as never },
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

  private readable<T extends object>(
    entity: EntityClass<T>,
    where: FilterQuery<T>,
  ): FilterQuery<T> | null {
    const rule = readableRows(entity, this.viewer);
    if (rule === NONE) return null;
    if (rule === ALL) return where;
    return { $and: [where, rule] } as FilterQuery<T>;
  }

  /** The list's default order, less fields this viewer may not read (an order is an oracle too). */
  private defaultOrder(spec: ListSpec<object>) {
    return readableOrder(spec.entity.name, spec.defaultOrder, this.viewer);
  }

  private meta<T extends object>(entity: EntityClass<T>): EntityMetadata<T> {
    return this.em.getMetadata().get<T>(entity.name);
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
  ): Promise<Page<T>[]> {
    const meta: AnyMetadata = this.meta(spec.entity);
    const where = this.readable(spec.entity, filterToWhere(args.filter, spec, meta, this.viewer));
    const limit = clampLimit(args.limit);
    const offset = args.offset ?? 0;
    if (!where) return parentIds.map(() => ({ nodes: [], totalCount: 0 }));

    const qb = this.em.createQueryBuilder(spec.entity, 'c').where(where);
    const [link, linkTarget] = parentPath.split('.') as [string, string | undefined];
    let parentKey: string;
    if (linkTarget) {
      // Through a link entity: partition by the link's foreign key.
      const linkMeta = meta.properties[link]?.targetMeta;
      if (!linkMeta) throw new Error(`${meta.className}.${link} is not a relation`);
      qb.join(`c.${link}`, 'parent_link');
      parentKey = `parent_link.${columnOf(linkMeta, linkTarget)}`;
    } else {
      parentKey = `c.${columnOf(meta, link)}`;
    }
    qb.andWhere(`${parentKey} in (${parentIds.map(() => '?').join(', ')})`, [...parentIds]);
    // Scope rules may join to-many relations (people through memberships), which repeats rows:
    // the inner query keeps each (child, parent) once, the window numbers them per parent.
    const order = orderOf(args.orderBy, this.defaultOrder(spec));
    qb.select([
      'c.id',
      raw(`${parentKey} as parent_key`),
      ...order.map((key, index) => raw(`c.${columnOf(meta, key.field)} as order_${index}`)),
    ]).distinct();
    const windowOrder = order.map((key, index) => `order_${index} ${key.direction}`).join(', ');

    // Keep each parent's page, plus its first row, which carries the total even past the end.
    const knex = this.em.getKnex();
    const numbered = knex
      .select(
        'id',
        'parent_key',
        knex.raw(`row_number() over (partition by parent_key order by ${windowOrder}) as position`),
        knex.raw('count(*) over (partition by parent_key) as total'),
      )
      .from(qb.getKnexQuery().as('matching'));
    const rows: { id: string; parent_key: string; position: string; total: string }[] =
      await this.em.getConnection().execute(
        knex
          .select('*')
          .from(numbered.as('windowed'))
          .where((range) =>
            range.where('position', '>', offset).andWhere('position', '<=', offset + limit),
          )
          .orWhere('position', 1)
          .orderBy(['parent_key', 'position']),
      );

    const pageRows = rows.filter(
      (row) => Number(row.position) > offset && Number(row.position) <= offset + limit,
    );
    const records = pageRows.length
      ? await this.em.find(spec.entity, {
          id: { $in: pageRows.map((row) => row.id) },
        } as unknown as FilterQuery<T>)
      : [];
    const recordById = new Map(records.map((record) => [record.id, record]));
    const pages = new Map<string, Page<T>>();
    for (const row of rows) {
      const page = pages.get(row.parent_key) ?? { nodes: [], totalCount: Number(row.total) };
      pages.set(row.parent_key, page);
      const record = recordById.get(row.id);
      if (record && Number(row.position) > offset && Number(row.position) <= offset + limit) {
        page.nodes.push(record);
      }
    }
    return parentIds.map((id) => pages.get(id) ?? { nodes: [], totalCount: 0 });
  }
}

export function clampLimit(limit: number | null | undefined): number {
  return Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT);
}

// biome-ignore lint/suspicious/noExplicitAny: property names are looked up at run time
type AnyMetadata = EntityMetadata<any>;

function columnOf(meta: AnyMetadata, property: string): string {
  const column = meta.properties[property]?.fieldNames?.[0];
  if (!column) throw new Error(`${meta.className}.${property} has no column to sort or group by`);
  return column;
}
