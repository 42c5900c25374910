import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL, NONE, readableRows } from './rules.js';
import { systemViewer, type Viewer } from './viewer.js';

/**
 * Defence in depth under ScopedData: a MikroORM filter, on by default for every entity, that
 * ANDs the viewer's read rule into every find, count, populate and native update or delete of
 * an EntityManager. Its viewer is a filter parameter; an EntityManager that was given none fails
 * every query ("No arguments provided for filter 'scope'"), so a forgotten path fails closed.
 */
export const SCOPE_FILTER = 'scope';

/** Matches no row: ids are never null. */
const NOTHING = { id: null };

export const scopeFilter = {
  name: SCOPE_FILTER,
  default: true,
  cond: (
    args: { viewer: Viewer },
    _type: string,
    _em: unknown,
    _options: unknown,
    entityName?: unknown,
  ) => {
    const name =
      typeof entityName === 'string' ? entityName : (entityName as { name?: string })?.name;
    const rule = readableRows({ name } as never, args.viewer);
    if (rule === ALL) return {};
    if (rule === NONE) return NOTHING;
    return rule as object;
  },
};

/** Scopes an EntityManager (and the forks and transactions made from it) to a viewer. */
export function scopeTo<T extends EntityManager>(em: T, viewer: Viewer): T {
  em.setFilterParams(SCOPE_FILTER, { viewer });
  return em;
}

/** An EntityManager for the system's own work (reference data, bootstrap, jobs, tests). */
export function systemFork(orm: MikroORM): EntityManager {
  return scopeTo(orm.em.fork() as EntityManager, systemViewer);
}

/** Options for the few queries that must see every row: resolving who the viewer is. */
export const UNSCOPED = { filters: false } as const;
