import { STAFF } from '../graphql/access.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { Subscription } from './subscription.entity.js';
import { SubscriptionList } from './subscription.inputs.js';

export const SubscriptionQueries = entityQueries(Subscription, SubscriptionList, {
  one: 'subscription',
  many: 'subscriptions',
  description: 'Newsletter subscriptions.',
  access: STAFF,
});
