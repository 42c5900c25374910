import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';

@ObjectType({
  description:
    'The configured request and cost budgets per rate-limit window; an admin may give an API token other limits.',
})
export class RateLimitSettings {
  @Field(() => Int, { description: 'The window every budget is counted over, in seconds.' })
  windowSeconds: number;

  @Field(() => Int, {
    description: 'Requests per window of an API token without limits of its own.',
  })
  tokenRequestLimit: number;

  @Field(() => Int, {
    description: 'Query cost per window of an API token without limits of its own.',
  })
  tokenCostLimit: number;

  @Field(() => Int, { description: 'Requests per window of a signed-in session.' })
  sessionRequestLimit: number;

  @Field(() => Int, { description: 'Query cost per window of a signed-in session.' })
  sessionCostLimit: number;

  @Field(() => Int, { description: 'The most one query may cost; a costlier one is refused.' })
  maxQueryCost: number;
}

@Resolver()
export class RateLimitResolver {
  @Allow(SIGNED_IN)
  @Query(() => RateLimitSettings, {
    description:
      "The configured budgets per API token and per session (how a query is costed: docs/partners.md). Every answer also carries the caller's own budgets in extensions.rateLimit.",
  })
  rateLimitSettings(@Ctx() { config }: Context): RateLimitSettings {
    const { windowSeconds, token, session, maxQueryCost } = config.rateLimits;
    return {
      windowSeconds,
      tokenRequestLimit: token.requests,
      tokenCostLimit: token.cost,
      sessionRequestLimit: session.requests,
      sessionCostLimit: session.cost,
      maxQueryCost,
    };
  }
}
