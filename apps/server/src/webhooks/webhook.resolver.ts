import { Role } from '@cei/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Allow } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists } from '../graphql/references.js';
import { Message } from '../i18n/messages.js';
import { requestLanguage } from '../i18n/request-language.js';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryList,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from './webhook.inputs.js';
import {
  createWebhookEndpoint,
  redeliverWebhook,
  renewWebhookSecret,
  updateWebhookEndpoint,
} from './webhook.service.js';

/** Webhooks are an API partner's, kept by them (signed in) or by a CEI admin for them. */
const WEBHOOK_KEEPERS = [Role.CEI_ADMIN, Role.API_PARTNER];

/** The nested lists of WebhookEndpoint records, read through the scope layer. */
export const WebhookEndpointChildren = childLists(WebhookEndpoint, {
  deliveries: {
    list: WebhookDeliveryList,
    via: 'endpoint',
    description: 'Its deliveries, newest event first: the delivery log.',
  },
});

export const WebhookEndpointMutations = entityMutations(WebhookEndpoint, {
  access: WEBHOOK_KEEPERS,
  update: {
    input: UpdateWebhookEndpointInput,
    description:
      'Changes an endpoint: its URL, description, event types, or enables or disables it.',
    run: (data, id, version, input, { config }) =>
      updateWebhookEndpoint(data, config, id, version, input),
  },
  delete: { description: 'Deletes an endpoint and its delivery log; returns its id.' },
});

/** Registering and renewing stay hand-written: they answer the signing secret too, shown once. */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The API partner account it is for.',
  })
  owner(@Root() endpoint: WebhookEndpoint, @Ctx() { data }: Context) {
    return data.ref(endpoint.owner);
  }

  @Allow(...WEBHOOK_KEEPERS)
  @Mutation(() => WebhookEndpointWithSecret, {
    description:
      "Registers an HTTPS endpoint for an API partner (their own; any API partner's for CEI admins); its signing secret is shown once.",
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() { data, config }: Context,
  ) {
    return createWebhookEndpoint(data, config, input);
  }

  @Allow(...WEBHOOK_KEEPERS)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Gives an endpoint a new signing secret, shown once; the old one stops at once.',
  })
  renewWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() { data, config }: Context) {
    return renewWebhookSecret(data, config, id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { nullable: true, description: 'The endpoint.' })
  endpoint(@Root() delivery: WebhookDelivery, @Ctx() { data }: Context) {
    return data.ref(delivery.endpoint);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why the last attempt failed (a status, a refused address, no answer) or why it was skipped, in your language.',
  })
  lastError(@Root() delivery: WebhookDelivery): string | null {
    return delivery.lastProblem
      ? Message.fromStored(delivery.lastProblem).render(requestLanguage())
      : null;
  }

  @Allow(...WEBHOOK_KEEPERS)
  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a delivery again (with a new set of attempts) at the next delivery run, within a minute, as its owner may read the record then.',
  })
  redeliverWebhook(@Arg('id', () => ID) id: string, @Ctx() { data }: Context) {
    return redeliverWebhook(data, id);
  }
}

export const WebhookEndpointQueries = entityQueries(WebhookEndpoint, WebhookEndpointList, {
  one: 'webhookEndpoint',
  many: 'webhookEndpoints',
  description: "Webhook endpoints: an API partner's own; every one for CEI admins.",
  access: WEBHOOK_KEEPERS,
});

export const WebhookDeliveryQueries = entityQueries(WebhookDelivery, WebhookDeliveryList, {
  one: 'webhookDelivery',
  many: 'webhookDeliveries',
  description:
    "Webhook deliveries (the delivery log), newest event first: of an API partner's own endpoints; every one for CEI admins.",
  access: WEBHOOK_KEEPERS,
});
