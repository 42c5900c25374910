import { routes } from './newsletter.routes.js';
import { Subscription } from './subscription.entity.js';
import { SubscriptionQueries, SubscriptionResolver } from './subscription.resolver.js';

export const entities = [Subscription];
export const resolvers = [SubscriptionQueries, SubscriptionResolver];
export { routes };
