import WebhookIcon from '@mui/icons-material/Webhook';
import { adminResource } from '../common/adminResource';
import { lazyNamed } from '../common/lazyNamed';
import { webhookDeliveryDefinition, webhookEndpointDefinition } from './webhook.graphql';

/** API partners' webhook endpoints, kept by the partner or a CEI admin for them. */
export const webhookEndpoints = adminResource(
  webhookEndpointDefinition,
  {
    icon: WebhookIcon,
    recordRepresentation: 'url',
    list: lazyNamed(() => import('./WebhookEndpointList'), 'WebhookEndpointList'),
    show: lazyNamed(() => import('./WebhookEndpointShow'), 'WebhookEndpointShow'),
    edit: lazyNamed(() => import('./WebhookEndpointEdit'), 'WebhookEndpointEdit'),
    create: lazyNamed(() => import('./WebhookEndpointCreate'), 'WebhookEndpointCreate'),
  },
  'Administration',
);

/** Read on an endpoint's screen only (its delivery log). */
export const webhookDeliveries = adminResource(webhookDeliveryDefinition, {});
