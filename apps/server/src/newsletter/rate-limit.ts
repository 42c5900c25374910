import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../common/errors.js';
import { tokenHash } from '../common/tokens.js';
import { newsletterMessages } from './newsletter.messages.js';

/**
 * How often `subscribe` may be asked, per email address and per client (IP address), within a
 * window: enough for a person who mistyped, too little to mail-bomb an address or to flood the
 * outbox. Counters live in PostgreSQL (table `rate_limit`, created by the limiter; MikroORM's
 * schema generator skips it), so every server replica counts the same requests.
 */
export const SUBSCRIBE_LIMITS = {
  perAddress: { points: 3, durationSeconds: 60 * 60 },
  perClient: { points: 20, durationSeconds: 60 * 60 },
} as const;

export const RATE_LIMIT_TABLE = 'rate_limit';
/** The error code of a refused request (architecture.md lists the others). */
export const RATE_LIMITED = 'RATE_LIMITED';

interface Limiters {
  address: RateLimiterPostgres;
  client: RateLimiterPostgres;
}

/** One pair of limiters per connection pool (per server; tests run several). */
const limiters = new WeakMap<object, Promise<Limiters>>();

async function limiter(
  pool: object,
  keyPrefix: string,
  limit: { points: number; durationSeconds: number },
  tableCreated: boolean,
): Promise<RateLimiterPostgres> {
  // The limiter reports readiness (its table) through a callback, at once when the table exists.
  const { promise: done, resolve, reject } = Promise.withResolvers<void>();
  const created = new RateLimiterPostgres(
    {
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      schemaName: 'public',
      keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
      tableCreated,
    },
    (error?: Error) => (error ? reject(error) : resolve()),
  );
  await done;
  return created;
}

async function limitersFor(em: EntityManager): Promise<Limiters> {
  // The ORM's own `pg` pool: the limiters share its connections and its lifetime.
  const pool = await em.getConnection().getNativeClient();
  let pair = limiters.get(pool);
  if (!pair) {
    pair = (async () => {
      // The first creates the table; the second then need not race it.
      const address = await limiter(pool, 'newsletter-address', SUBSCRIBE_LIMITS.perAddress, false);
      const client = await limiter(pool, 'newsletter-client', SUBSCRIBE_LIMITS.perClient, true);
      return { address, client };
    })();
    pair.catch(() => limiters.delete(pool));
    limiters.set(pool, pair);
  }
  return pair;
}

/** Keys are hashed: the table holds no email or IP address. */
const keyOf = tokenHash;

/**
 * Counts one subscribe request against both limits, whatever becomes of it. Over a limit: a
 * GraphQL error with `extensions.code` RATE_LIMITED and `retryAfter` (seconds until the window
 * ends). The message is the same for both limits and says nothing about the address.
 */
export async function consumeSubscribeLimits(
  em: EntityManager,
  email: string,
  client: string,
): Promise<void> {
  const { address, client: perClient } = await limitersFor(em);
  try {
    await perClient.consume(keyOf(client));
    await address.consume(keyOf(email));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    // A code of its own with its extensions; the text is the domain error's, localized by
    // graphql/errors.ts.
    const refusal = new DomainError(
      newsletterMessages.rateLimited({ minutes: Math.ceil(retryAfter / 60) }),
    );
    throw new GraphQLError(refusal.message, {
      extensions: { code: RATE_LIMITED, retryAfter },
      originalError: refusal,
    });
  }
}
