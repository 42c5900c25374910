import { DeletionResolver } from './deletion.resolver.js';

/** Sync by changes: the deletions feed (lists' cursors and change filters live in graphql/list.ts). */
export const entities = [] as const;
export const resolvers = [DeletionResolver] as const;
