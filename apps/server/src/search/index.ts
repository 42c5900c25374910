import { SearchQueries } from './search.resolver.js';

export const entities = [];
export const resolvers = [SearchQueries];
