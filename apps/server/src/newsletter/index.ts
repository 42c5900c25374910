import { Subscription } from './subscription.entity.js';
import { SubscriptionQueries } from './subscription.resolver.js';

export const entities = [Subscription];
export const resolvers = [SubscriptionQueries];
