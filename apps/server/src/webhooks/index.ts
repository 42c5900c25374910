import { WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity.js';
import {
  WebhookDeliveryQueries,
  WebhookDeliveryResolver,
  WebhookEndpointChildren,
  WebhookEndpointMutations,
  WebhookEndpointQueries,
  WebhookEndpointResolver,
} from './webhook.resolver.js';

export const entities = [WebhookEndpoint, WebhookEvent, WebhookDelivery];
export const resolvers = [
  WebhookEndpointQueries,
  WebhookEndpointMutations,
  WebhookEndpointResolver,
  WebhookEndpointChildren,
  WebhookDeliveryQueries,
  WebhookDeliveryResolver,
];
