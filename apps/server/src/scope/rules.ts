import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Viewer } from './viewer.js';

/**
 * The rows a viewer may read or write, per entity, as data: a where clause to AND into every
 * query. `ALL` means no restriction; `NONE` means nothing. This is the only place that decides
 * row visibility; the role-scoped rules of each role are filled in here.
 */
export const ALL = Symbol('all rows');
export const NONE = Symbol('no rows');
export type RowRule<T> = FilterQuery<T> | typeof ALL | typeof NONE;

export function readableRows<T extends object>(
  _entity: EntityClass<T>,
  _viewer: Viewer,
): RowRule<T> {
  // Until sign-in exists every viewer is a CEI admin, who reads everything.
  return ALL;
}

export function writableRows<T extends object>(entity: EntityClass<T>, viewer: Viewer): RowRule<T> {
  return readableRows(entity, viewer);
}
