import pg from 'pg';
import pino from 'pino';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';
import { BudgetLedger } from './budget-ledger.js';

const context = useTestServer();
let pool: pg.Pool;
/** Every statement sent to PostgreSQL, to show which requests cost one. */
const statements: string[] = [];
const logger = pino({ level: 'silent' });

beforeAll(() => {
  pool = new pg.Pool({ connectionString: context.server.orm.config.get('clientUrl') as string });
  const query = pool.query.bind(pool);
  pool.query = ((config: pg.QueryConfig) => {
    statements.push(config.text);
    return query(config);
  }) as typeof pool.query;
});
afterAll(() => pool.end());

/**
 * A server replica's ledger: each has its own memory, all share the table (the test server
 * created it). It writes when the test says so (flush, close), never on its own timer.
 */
async function replica(windowSeconds = 600): Promise<BudgetLedger> {
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  const store = new RateLimiterPostgres(
    {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: 'ledger-test',
      points: Number.MAX_SAFE_INTEGER,
      duration: windowSeconds,
    },
    (error?: Error) => (error ? reject(error) : resolve()),
  );
  await promise;
  return new BudgetLedger(store, logger, { flushMilliseconds: 3_600_000 });
}

async function stored(key: string): Promise<number | undefined> {
  const [row] = await context.sql<{ points: number }>(
    'select points from rate_limit where key = ?',
    [`ledger-test:${key}`],
  );
  return row?.points;
}

describe('the budget ledger', () => {
  it('writes a counter on its first use, then counts in memory and writes the sum at once', async () => {
    const ledger = await replica();
    statements.length = 0;
    expect((await ledger.add('first-use', 1)).consumed).toBe(1);
    expect(statements).toHaveLength(1);
    expect(await stored('first-use')).toBe(1);

    for (let request = 2; request <= 5; request++) {
      expect((await ledger.add('first-use', 1)).consumed).toBe(request);
    }
    expect(statements).toHaveLength(1);
    expect(await stored('first-use')).toBe(1);

    await ledger.flush();
    expect(statements).toHaveLength(2);
    expect(await stored('first-use')).toBe(5);
    await ledger.close();
  });

  it('gives points back, and a restarted server goes on from what was written', async () => {
    const ledger = await replica();
    await ledger.add('restart', 30);
    await ledger.add('restart', 50);
    expect((await ledger.add('restart', -50)).consumed).toBe(30);
    await ledger.add('restart', 7);
    await ledger.close();
    expect(await stored('restart')).toBe(37);

    const restarted = await replica();
    expect((await restarted.add('restart', 1)).consumed).toBe(38);
    expect(await restarted.get('restart')).toMatchObject({ consumed: 38 });
    await restarted.close();
  });

  it('lets replicas learn each other’s counts at their next write', async () => {
    const one = await replica();
    const two = await replica();
    await one.add('shared', 1);
    // Two's first use reads what one wrote.
    expect((await two.add('shared', 1)).consumed).toBe(2);
    // One does not know of two's request until it writes its own.
    expect((await one.add('shared', 1)).consumed).toBe(2);
    await one.flush();
    expect(await one.get('shared')).toMatchObject({ consumed: 3 });
    await two.add('shared', 1);
    await two.flush();
    expect(await two.get('shared')).toMatchObject({ consumed: 4 });
    expect(await stored('shared')).toBe(4);
    await Promise.all([one.close(), two.close()]);
  });

  it('starts a new window when the last one ends', async () => {
    const ledger = await replica(1);
    await ledger.add('window', 5);
    await ledger.add('window', 5);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const tally = await ledger.add('window', 2);
    expect(tally.consumed).toBe(2);
    expect(tally.msBeforeNext).toBeGreaterThan(0);
    expect(tally.msBeforeNext).toBeLessThanOrEqual(1_000);
    expect(await stored('window')).toBe(2);
    await ledger.close();
  });

  it('keeps the counts it could not write, and writes them once the database answers', async () => {
    const ledger = await replica();
    await ledger.add('kept', 1);
    await ledger.add('kept', 4);
    const query = pool.query;
    pool.query = (() => Promise.reject(new Error('connection lost'))) as typeof pool.query;
    try {
      await ledger.flush();
    } finally {
      pool.query = query;
    }
    expect(await stored('kept')).toBe(1);
    expect(await ledger.get('kept')).toMatchObject({ consumed: 5 });
    await ledger.close();
    expect(await stored('kept')).toBe(5);
  });

  it('counts the points being written while their write is under way', async () => {
    const ledger = await replica();
    await ledger.add('in-flight', 10);
    await ledger.add('in-flight', 5);
    const query = pool.query;
    const { promise: gate, resolve: open } = Promise.withResolvers<void>();
    pool.query = (async (...args: Parameters<typeof query>) => {
      await gate;
      return query.apply(pool, args as never);
    }) as typeof pool.query;
    const flushing = ledger.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await ledger.add('in-flight', 1)).consumed).toBe(16);
    pool.query = query;
    open();
    await flushing;
    expect(await ledger.get('in-flight')).toMatchObject({ consumed: 16 });
    await ledger.close();
    expect(await stored('in-flight')).toBe(16);
  });
});
