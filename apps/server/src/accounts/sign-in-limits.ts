import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { tokenHash } from '../common/tokens.js';
import type { LimitStore } from '../limits/limit-store.js';

/**
 * Failed sign-ins allowed within a window, counted in PostgreSQL so every server replica counts
 * the same attempts. None of them depends on whether an account has the email, and none lets a
 * stranger lock a person out for long:
 * - per client address and email: a guesser at one address is stopped for 15 minutes, while the
 *   account's owner, from anywhere else, still signs in;
 * - per client address, whatever the emails: one address cannot try many accounts;
 * - per email from every address: a slow cap on a distributed guess at one account, which would
 *   take a hundred failures to reach and ends within the hour.
 */
export const SIGN_IN_LIMITS = {
  perClientAndEmail: { points: 10, durationSeconds: 15 * 60 },
  perClient: { points: 100, durationSeconds: 60 * 60 },
  perEmail: { points: 100, durationSeconds: 60 * 60 },
} as const;

type LimitName = keyof typeof SIGN_IN_LIMITS;

/** What the counters say about one attempt. */
export interface Attempt {
  /** Over a limit: refused whatever the password, with the same answer as a wrong one. */
  blocked: boolean;
  /** Failures for this email within the window, from any address (the answer's delay). */
  emailFailures: number;
}

/**
 * The sign-in counters, in the limit store (limits/limit-store.ts): a failure is counted even
 * when the request's work is rolled back. Keys are hashed: the table holds no email or address.
 */
export class SignInLimits {
  private constructor(private readonly limiters: Record<LimitName, RateLimiterPostgres>) {}

  static async start(store: LimitStore): Promise<SignInLimits> {
    const limiters = {} as Record<LimitName, RateLimiterPostgres>;
    for (const name of Object.keys(SIGN_IN_LIMITS) as LimitName[]) {
      limiters[name] = await store.limiter(`sign-in-${name}`, SIGN_IN_LIMITS[name].durationSeconds);
    }
    return new SignInLimits(limiters);
  }

  /** Where an attempt stands before its password is checked; counts nothing. */
  async check(email: string, client: string): Promise<Attempt> {
    const keys = keysOf(email, client);
    const counts = await Promise.all(
      (Object.keys(SIGN_IN_LIMITS) as LimitName[]).map(async (name) => {
        const state = await this.limiters[name].get(keys[name]);
        return [name, state?.consumedPoints ?? 0] as const;
      }),
    );
    const used = Object.fromEntries(counts) as Record<LimitName, number>;
    return {
      blocked: counts.some(([name, points]) => points >= SIGN_IN_LIMITS[name].points),
      emailFailures: used.perEmail,
    };
  }

  /** Counts a failure against every limit; returns the email's failures in the window. */
  async failed(email: string, client: string): Promise<number> {
    const keys = keysOf(email, client);
    const [, , perEmail] = await Promise.all([
      this.limiters.perClientAndEmail.penalty(keys.perClientAndEmail),
      this.limiters.perClient.penalty(keys.perClient),
      this.limiters.perEmail.penalty(keys.perEmail),
    ]);
    return perEmail.consumedPoints;
  }

  /** A right password clears this address's failures for the email. */
  async succeeded(email: string, client: string): Promise<void> {
    await this.limiters.perClientAndEmail.delete(keysOf(email, client).perClientAndEmail);
  }
}

function keysOf(email: string, client: string): Record<LimitName, string> {
  return {
    perClientAndEmail: tokenHash(`${client}\u0000${email}`),
    perClient: tokenHash(client),
    perEmail: tokenHash(email),
  };
}
