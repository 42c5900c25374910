import pg from 'pg';
import type { Logger } from 'pino';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { PG_TIMEOUTS } from '../database/orm.js';
import { BudgetLedger } from './budget-ledger.js';

/** The limiters' own table, shared with the newsletter's limits (orm.ts leaves it alone). */
const TABLE = 'rate_limit';

/**
 * Where every counter of the HTTP side lives (failed sign-ins, request and cost budgets): one
 * small pool of its own (plain `pg`), so a counter is written even when the request's own work
 * is rolled back, and PostgreSQL, so every server replica counts the same requests.
 */
export class LimitStore {
  /** Limiters are made one after the other: the first creates the table, the others need not race it. */
  private made: Promise<unknown> = Promise.resolve();
  private tableCreated = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    private readonly onQuery: (sql: string, params: readonly unknown[]) => unknown,
  ) {}

  /**
   * `onQuery` is told of each statement a request waits for on a budget ledger, as MikroORM's
   * hook of the same name is of the ORM's (the statement-count tests read both).
   */
  static start(
    databaseUrl: string,
    logger: Logger,
    onQuery: (sql: string, params: readonly unknown[]) => unknown = () => undefined,
  ): LimitStore {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      // Sign-in counters, and the budget ledger's writes (a few a second at most).
      max: 6,
      allowExitOnIdle: true,
      ...PG_TIMEOUTS,
    });
    // An idle connection cut by the database (a restart) must not take the process down.
    pool.on('error', (error) => logger.warn({ err: error }, 'rate limits: connection lost'));
    return new LimitStore(pool, logger, onQuery);
  }

  /**
   * A counter per key over a fixed window. It has no limit of its own (counting goes on past
   * any limit, so the window's count stays known): callers compare with theirs.
   */
  limiter(keyPrefix: string, durationSeconds: number): Promise<RateLimiterPostgres> {
    const next = this.made.then(async () => {
      const { promise, resolve, reject } = Promise.withResolvers<void>();
      // The limiter reports readiness (its table) through a callback.
      const created = new RateLimiterPostgres(
        {
          storeClient: this.pool,
          storeType: 'pool',
          tableName: TABLE,
          schemaName: 'public',
          keyPrefix,
          points: Number.MAX_SAFE_INTEGER,
          duration: durationSeconds,
          tableCreated: this.tableCreated,
        },
        (error?: Error) => (error ? reject(error) : resolve()),
      );
      await promise;
      this.tableCreated = true;
      return created;
    });
    this.made = next.catch(() => undefined);
    return next;
  }

  /**
   * A counter that every request charges (limits/budget-ledger.ts): the same limiter, counted in
   * memory and written in batches.
   */
  async ledger(keyPrefix: string, windowSeconds: number): Promise<BudgetLedger> {
    return new BudgetLedger(await this.limiter(keyPrefix, windowSeconds), this.logger, {
      onRequestStatement: () => this.onQuery(`rate-limiter-flexible: ${keyPrefix}`, []),
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
