import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

/** An endpoint as its screens read it, with `enabled` for the switch. */
export function endpointForForm(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, enabled: record.disabledAt == null };
}

/**
 * An API partner's webhook endpoints. Created by CREATE_WEBHOOK_ENDPOINT below (its answer holds
 * the signing secret, shown once), changed and deleted through the provider.
 */
export const webhookEndpointDefinition = defineResource({
  name: 'webhookEndpoints',
  type: 'WebhookEndpoint',
  fragment: gql`
    fragment WebhookEndpointFields on WebhookEndpoint {
      id
      version
      url
      description
      eventTypes
      disabledAt
      disabledAfterFailures
      consecutiveFailures
      owner {
        id
        email
        displayName
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['url', 'createdAt'],
  filters: ['q', 'ownerId', 'enabled'],
  inputs: { update: ['url', 'description', 'eventTypes', 'enabled'] },
  normalize: endpointForForm,
});

/** The delivery log: one event for one endpoint, read-only; redelivered by REDELIVER_WEBHOOK. */
export const webhookDeliveryDefinition = defineResource({
  name: 'webhookDeliveries',
  type: 'WebhookDelivery',
  fragment: gql`
    fragment WebhookDeliveryFields on WebhookDelivery {
      id
      version
      eventId
      eventType
      action
      recordId
      occurredAt
      status
      attempts
      lastAttemptAt
      lastStatusCode
      lastDurationMs
      lastError
      deliveredAt
    }
  `,
  sortFields: ['occurredAt', 'lastAttemptAt', 'createdAt'],
  filters: ['endpointId', 'status', 'eventType'],
});

export const CREATE_WEBHOOK_ENDPOINT = gql`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      webhookEndpoint {
        id
        url
      }
    }
  }
`;

export const RENEW_WEBHOOK_SECRET = gql`
  mutation RenewWebhookSecret($id: ID!) {
    renewWebhookSecret(id: $id) {
      secret
      webhookEndpoint {
        id
        url
      }
    }
  }
`;

export const REDELIVER_WEBHOOK = gql`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id) {
      id
      status
      attempts
    }
  }
`;

export const WEBHOOK_DOCUMENTS = {
  CREATE_WEBHOOK_ENDPOINT,
  RENEW_WEBHOOK_SECRET,
  REDELIVER_WEBHOOK,
};

export interface EndpointWithSecret {
  secret: string;
  webhookEndpoint: { id: string; url: string };
}
