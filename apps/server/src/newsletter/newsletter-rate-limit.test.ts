import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';
import { SUBSCRIBE_LIMITS } from './rate-limit.js';

/** Its own file, so its database (and counters) are its own: every request comes from 127.0.0.1. */
const context = useTestServer();

const SUBSCRIBE = 'mutation ($input: SubscribeInput!) { subscribe(input: $input) }';

describe('the per-client rate limit of subscribe', () => {
  it('refuses one client more requests than the limit within the hour, whatever the addresses', async () => {
    const { points } = SUBSCRIBE_LIMITS.perClient;
    const answers = await Promise.all(
      Array.from({ length: points }, (_, index) =>
        context.server.anonymous.graphql(SUBSCRIBE, {
          input: { email: `reader${index}@example.org` },
        }),
      ),
    );
    expect(answers).toEqual(Array(points).fill({ data: { subscribe: true } }));
    const over = await context.server.anonymous.graphql(SUBSCRIBE, {
      input: { email: 'one.more@example.org' },
    });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const [{ count }] = (await context.server
      .em()
      .execute(`select count(*)::int as count from subscription`)) as [{ count: number }];
    expect(count).toBe(points);
  });
});
