import { Role } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';
import { createAccountRecord } from './account.service.js';
import { failureDelayMs, SIGN_IN_FAILED, SIGN_IN_FLOOR_MS } from './sign-in.service.js';
import { SIGN_IN_LIMITS } from './sign-in-limits.js';

/**
 * Sign-in tells nobody whether an email has an account, by its answer or its timing, and lets
 * no stranger lock a person out. Clients are told apart by X-Forwarded-For (one trusted proxy).
 */

const context = useTestServer({ config: { trustProxy: 1 } });
const PASSWORD = 'a long enough password';

interface Answer {
  ms: number;
  message: string | undefined;
  signedIn: boolean;
}

async function attempt(email: string, password: string, client: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  return {
    ms: performance.now() - started,
    message: body.errors?.[0]?.message,
    signedIn: Boolean(body.data && !body.errors),
  };
}

beforeAll(async () => {
  for (const email of ['known@example.org', 'owner@example.org']) {
    await createAccountRecord(context.server.em(), {
      email,
      displayName: email,
      role: Role.CEI_STAFF,
      password: PASSWORD,
    });
  }
});

describe('sign-in answers', () => {
  it('slow down per email, 250 ms doubling up to 4 s on top of the floor', () => {
    expect(SIGN_IN_FLOOR_MS).toBe(500);
    expect([1, 2, 3, 4, 5, 6, 10].map(failureDelayMs)).toEqual([
      250, 500, 1000, 2000, 4000, 4000, 4000,
    ]);
  });

  it('take the same time for an account and for an unknown email, failure after failure', async () => {
    for (let failure = 1; failure <= 3; failure++) {
      const known = await attempt('known@example.org', 'wrong password', '10.0.0.1');
      const unknown = await attempt('nobody@example.org', 'wrong password', '10.0.0.1');
      expect([known.message, unknown.message]).toEqual([SIGN_IN_FAILED, SIGN_IN_FAILED]);
      const expected = SIGN_IN_FLOOR_MS + failureDelayMs(failure);
      for (const answer of [known, unknown]) {
        expect(answer.ms, `failure ${failure}`).toBeGreaterThanOrEqual(expected - 5);
        // Loose above: password hashing on a loaded 2-core CI machine can take seconds; the
        // floor and the schedule are what make the two answers alike.
        expect(answer.ms, `failure ${failure}`).toBeLessThan(expected + 4_000);
      }
    }
  });
});

describe('a guesser at one address', () => {
  it('is stopped for that email, answered as for a wrong password, while the owner signs in from elsewhere', async () => {
    const guesses = SIGN_IN_LIMITS.perClientAndEmail.points;
    // Concurrently, to spare the test the growing delays; each is counted all the same.
    await Promise.all(
      Array.from({ length: guesses }, () => attempt('owner@example.org', 'guess', '10.0.0.66')),
    );
    const blocked = await attempt('owner@example.org', PASSWORD, '10.0.0.66');
    expect(blocked).toMatchObject({ signedIn: false, message: SIGN_IN_FAILED });
    const owner = await attempt('owner@example.org', PASSWORD, '10.0.0.7');
    expect(owner).toMatchObject({ signedIn: true, message: undefined });
  });
});
