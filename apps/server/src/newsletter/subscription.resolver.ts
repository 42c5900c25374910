import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, PUBLIC, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { confirmSubscription, subscribe, unsubscribe } from './newsletter.service.js';
import { Subscription } from './subscription.entity.js';
import { SubscribeInput, SubscriptionList } from './subscription.inputs.js';

export const SubscriptionQueries = entityQueries(Subscription, SubscriptionList, {
  one: 'subscription',
  many: 'subscriptions',
  description: 'Newsletter subscriptions.',
  access: STAFF,
});

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @Allow(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Asks for the newsletter: an email with a confirmation link goes to the address. Always true, whether or not the address was known. Rate-limited per address and per client: over a limit, an error with extensions.code RATE_LIMITED and extensions.retryAfter (seconds).',
  })
  subscribe(
    @Arg('input', () => SubscribeInput) input: SubscribeInput,
    @Ctx() { data, config, http }: Context,
  ) {
    return subscribe(data, config, input, http.request.ip ?? 'unknown');
  }

  @Allow(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Confirms a subscription with the token of its emailed link; false when the link is unknown, used or expired.',
  })
  async confirmSubscription(
    @Arg('token', () => String, { description: 'The token of the confirmation link.' })
    token: string,
    @Ctx() { data }: Context,
  ) {
    return (await confirmSubscription(data, token)) !== null;
  }

  @Allow(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Unsubscribes with the token of an emailed unsubscribe link; false when the link is unknown.',
  })
  async unsubscribe(
    @Arg('token', () => String, { description: 'The token of the unsubscribe link.' })
    token: string,
    @Ctx() { data }: Context,
  ) {
    return (await unsubscribe(data, token)) !== null;
  }
}
