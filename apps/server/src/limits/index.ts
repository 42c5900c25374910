import { RateLimitResolver } from './limits.resolver.js';

export const entities = [];
export const resolvers = [RateLimitResolver];
