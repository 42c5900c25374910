import { WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity.js';
import {
  WebhookDeliveryQueries,
  WebhookDeliveryResolver,
  WebhookEndpointQueries,
  WebhookEndpointResolver,
} from './webhook.resolver.js';

export const entities = [WebhookEndpoint, WebhookEvent, WebhookDelivery];
export const resolvers = [
  WebhookEndpointQueries,
  WebhookEndpointResolver,
  WebhookDeliveryQueries,
  WebhookDeliveryResolver,
];
