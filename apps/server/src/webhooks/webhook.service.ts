import { Role, WebhookDeliveryStatus } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { accountMessages } from '../accounts/account.messages.js';
import { InvalidInputError } from '../common/errors.js';
import type { Config } from '../config/config.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { resolvedProblem } from './endpoint-address.js';
import { newSecretSeed, signingSecret } from './signing.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointWithSecret,
} from './webhook.inputs.js';
import { webhookMessages as m } from './webhook.messages.js';

/** A URL refused for where it leads (webhooks/endpoint-address.ts), as a field problem. */
async function assertUrlAllowed(url: string, config: Config): Promise<void> {
  const problem = await resolvedProblem(url, { production: config.environment === 'production' });
  if (problem) throw InvalidInputError.field('input.url', problem);
}

/**
 * Registers an endpoint for an API partner: their own, or, by a CEI admin, the account named.
 * The signing secret is returned once.
 */
export function createWebhookEndpoint(
  data: ScopedData,
  config: Config,
  input: CreateWebhookEndpointInput,
): Promise<WebhookEndpointWithSecret> {
  return data.transaction(async (tx) => {
    const ownerId =
      input.ownerId ?? (tx.viewer.role === Role.API_PARTNER ? tx.viewer.accountId : null);
    if (!ownerId) throw InvalidInputError.field('input.ownerId', m.ownerRequired());
    const owner = await tx.reference(Account, ownerId, 'input.ownerId');
    if (owner.role !== Role.API_PARTNER) {
      throw InvalidInputError.field('input.ownerId', accountMessages.mustBeApiPartner());
    }
    await assertUrlAllowed(input.url, config);
    const endpoint = tx.em.create(WebhookEndpoint, {
      owner: ref(owner),
      url: input.url,
      description: input.description ?? null,
      eventTypes: [...new Set(input.eventTypes)],
      secretSeed: newSecretSeed(),
    });
    await tx.assertWritable(WebhookEndpoint, endpoint);
    await tx.em.flush();
    return {
      secret: signingSecret(config.sessionSecret, endpoint.id, endpoint.secretSeed),
      webhookEndpoint: endpoint,
    };
  });
}

export function updateWebhookEndpoint(
  data: ScopedData,
  config: Config,
  id: string,
  version: number,
  input: UpdateWebhookEndpointInput,
): Promise<WebhookEndpoint> {
  return data.transaction(async (tx) => {
    const endpoint = await tx.forWrite(WebhookEndpoint, id, version);
    if (input.url !== undefined && input.url !== endpoint.url) {
      await assertUrlAllowed(input.url, config);
      endpoint.url = input.url;
    }
    if (input.description !== undefined) endpoint.description = input.description;
    if (input.eventTypes) endpoint.eventTypes = [...new Set(input.eventTypes)];
    if (input.enabled === true && endpoint.disabledAt) {
      endpoint.disabledAt = null;
      endpoint.disabledAfterFailures = false;
      endpoint.consecutiveFailures = 0;
    } else if (input.enabled === false && !endpoint.disabledAt) {
      endpoint.disabledAt = new Date();
    }
    await tx.em.flush();
    return endpoint;
  });
}

/** A new signing secret; the old one stops signing at once. Shown once. */
export function renewWebhookSecret(
  data: ScopedData,
  config: Config,
  id: string,
): Promise<WebhookEndpointWithSecret> {
  return data.transaction(async (tx) => {
    const endpoint = await tx.forWrite(WebhookEndpoint, id);
    endpoint.secretSeed = newSecretSeed();
    await tx.em.flush();
    return {
      secret: signingSecret(config.sessionSecret, endpoint.id, endpoint.secretSeed),
      webhookEndpoint: endpoint,
    };
  });
}

/** Sends a delivery again at the next run, with a full set of attempts, whatever its outcome was. */
export function redeliverWebhook(data: ScopedData, id: string): Promise<WebhookDelivery> {
  return data.transaction(async (tx) => {
    const delivery = await tx.forWrite(WebhookDelivery, id);
    delivery.status = WebhookDeliveryStatus.PENDING;
    delivery.attempts = 0;
    delivery.nextAttemptAt = new Date();
    await tx.em.flush();
    return delivery;
  });
}
