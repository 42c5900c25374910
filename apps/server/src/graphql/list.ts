// Decorated classes below run at import time, whichever module imports this one first.
import 'reflect-metadata';
import type { EntityClass } from '@mikro-orm/core';
import {
  ArgsType,
  type ClassType,
  Field,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { Min } from '../common/validation.js';
import type { Sql } from '../scope/statement-batch.js';
import type { Viewer } from '../scope/viewer.js';
import { DateTimeScalar } from './scalars.js';

/**
 * The list conventions of architecture.md, built once: `XPage { nodes, totalCount, pageInfo }`,
 * `XOrder { field, direction }`, and list arguments `(filter, orderBy, offset, limit)`; root lists
 * also take an `after` cursor, and every filter `updatedAtFrom`/`updatedAtTo` (docs/partners.md).
 */

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

@ObjectType('PageInfo', { description: 'Where a page ends, to ask for the next one.' })
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description:
      'A cursor after the last record of this page, for `after`: set when the list is sorted by `UPDATED_AT` ascending (the sync order), null otherwise.',
  })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Whether more records follow this page.' })
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface OrderBy {
  /** The entity property to sort on. */
  field: string;
  direction: SortDirection;
}

export interface ListArguments<F = object> {
  filter?: F | null;
  orderBy?: OrderBy[] | null;
  offset?: number | null;
  limit?: number | null;
  /** A root list's cursor (`pageInfo.endCursor` of the page before). */
  after?: string | null;
}

/**
 * How a list of an entity is filtered, sorted and searched. Filter keys translate to where
 * clauses by convention (see scope/where.ts); `paths` maps a key to a property path when it is
 * not the entity's own property (`countyOfficeId` → `leadLea.countyOffice`).
 */
export interface ListSpec<T extends object> {
  entity: EntityClass<T>;
  /** The filter input's class (its validators, if any, run on the list's arguments). */
  filter: ClassType;
  /** Properties searched by `q` (case-insensitive substring). */
  search: string[];
  /** Filter keys that name a property path other than their own. */
  paths: Record<string, string>;
  /** Sort used after the requested one, so pages are stable. */
  defaultOrder: OrderBy[];
  /**
   * Filter keys that are not a property, each turned into a where clause of its own; the viewer
   * is given for keys relative to them (`TeamFilter.inScope`).
   */
  custom: Record<string, (value: never, viewer: Viewer) => object>;
  /** Pages the database keeps in order for some arguments (see KeptPages). */
  keptPages?: KeptPages;
}

/**
 * Rows of a list the database keeps in a table of its own, indexed in a list order: for the
 * arguments it serves (its filter and order, for this viewer), a page read from that index in
 * order and counted from it, where the general statement would read every matching row and sort
 * them. Null: not served (the general statement answers). Only for root lists whose every row
 * the viewer reads (compiled-read.ts).
 */
export type KeptPages = (
  args: ListArguments,
  order: OrderBy[],
  viewer: Viewer,
) => {
  /** `c.*` of the rows from `offset`, at most `limit`, in `order`. */
  rows: (limit: number, offset: number) => Sql;
  /** How many rows match, as column `total`. */
  count: Sql;
} | null;

export interface ListDefinition<T extends object, F extends object> {
  spec: ListSpec<T>;
  Page: ClassType<Page<T>>;
  /** The arguments of a nested list. */
  Args: ClassType<ListArguments<F>>;
  /** The arguments of the root list: those of a nested one, and `after`. */
  RootArgs: ClassType<ListArguments<F>>;
  Order: ClassType<OrderBy>;
}

interface ListOptions<F extends object> {
  filter: ClassType<F>;
  /** GraphQL enum value → entity property, e.g. `{ NAME: 'name', JOINED_ON: 'joinedOn' }`. */
  orderFields: Record<string, string>;
  search?: string[];
  paths?: Record<string, string>;
  defaultOrder?: OrderBy[];
  custom?: Record<string, (value: never, viewer: Viewer) => object>;
  keptPages?: KeptPages;
  /** The GraphQL type name, when it differs from the class name. */
  name?: string;
}

export function defineList<T extends object, F extends object>(
  entity: EntityClass<T>,
  options: ListOptions<F>,
): ListDefinition<T, F> {
  const name = options.name ?? entity.name;

  @ObjectType(`${name}Page`, {
    description: `A page of ${name} records, and how many match in all.`,
  })
  class PageType {
    @Field(() => [entity], { description: 'The records on this page.' })
    nodes: T[];

    @Field(() => Int, { description: 'How many records match the filter, on all pages.' })
    totalCount: number;

    @Field(() => PageInfo, { description: 'Where this page ends, to ask for the next one.' })
    pageInfo: PageInfo;
  }

  addChangeFilter(options.filter);
  // Every list can be sorted in the sync order (updatedAt, then id).
  const orderFields = { ...options.orderFields, UPDATED_AT: 'updatedAt' };
  registerEnumType(orderFields, {
    name: `${name}OrderField`,
    description: `A field ${name} lists can be sorted on.`,
  });

  @InputType(`${name}Order`, { description: `One sort key of a ${name} list.` })
  class OrderType {
    @Field(() => orderFields, { description: 'The field to sort on.' })
    field: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
    direction: SortDirection;
  }

  @ArgsType()
  class ArgsClass {
    @Field(() => options.filter, {
      nullable: true,
      description: 'Only records matching all of these.',
    })
    filter?: F;

    @Field(() => [OrderType], { nullable: true, description: 'Sort keys, most significant first.' })
    orderBy?: OrderType[];

    @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' })
    @Min(0)
    offset?: number;

    @Field(() => Int, {
      nullable: true,
      defaultValue: DEFAULT_LIMIT,
      description: `Records to return: ${DEFAULT_LIMIT} by default, at most ${MAX_LIMIT} (larger values are capped).`,
    })
    @Min(0)
    limit?: number;
  }

  @ArgsType()
  class RootArgsClass extends ArgsClass {
    @Field(() => String, {
      nullable: true,
      description:
        'Only records after this cursor (`pageInfo.endCursor` of the page before), in the sync order: `orderBy` absent or `UPDATED_AT` ascending alone, and no `offset`.',
    })
    after?: string;
  }

  return {
    spec: {
      entity,
      filter: options.filter,
      search: options.search ?? [],
      paths: options.paths ?? {},
      defaultOrder: options.defaultOrder ?? [],
      custom: options.custom ?? {},
      keptPages: options.keptPages,
    },
    Page: PageType,
    Args: ArgsClass,
    RootArgs: RootArgsClass,
    Order: OrderType,
  };
}

/** A sort key, ascending: for `defaultOrder`. */
export function ascending(field: string): OrderBy {
  return { field, direction: SortDirection.ASC };
}

/** A sort key, descending: for `defaultOrder`. */
export function descending(field: string): OrderBy {
  return { field, direction: SortDirection.DESC };
}

const withChangeFilter = new WeakSet<ClassType>();

/**
 * Adds `updatedAtFrom`/`updatedAtTo` to a list's filter input, so every list, whoever wrote its
 * filter, can be asked what changed in a time window (where.ts reads them as a range).
 */
function addChangeFilter(filter: ClassType): void {
  if (withChangeFilter.has(filter)) return;
  withChangeFilter.add(filter);
  Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this instant.',
  })(filter.prototype, 'updatedAtFrom');
  Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or before this instant.',
  })(filter.prototype, 'updatedAtTo');
}
