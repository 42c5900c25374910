import type { Logger } from 'pino';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';

/** A counter's total in its window, this request's points included, and when the window ends. */
export interface Tally {
  consumed: number;
  msBeforeNext: number;
}

interface Entry {
  /** The total PostgreSQL returned at this process's last write of the counter. */
  known: number;
  /** Points added here since, not yet written. */
  pending: number;
  /** Points being written now: in neither `known` nor `pending` until the write returns. */
  writing: number;
  /** When the counter's window ends (epoch ms). */
  expire: number;
}

/** How often a process writes what it counted: the most its view of a counter lags the others'. */
export const FLUSH_MILLISECONDS = 250;

/**
 * Counters that every request charges (the request and cost budgets of tokens and sessions),
 * kept in memory and written to PostgreSQL by rate-limiter-flexible's limiter (its table, its
 * windows) once every FLUSH_MILLISECONDS for every counter that moved, instead of once per
 * request: the request path then costs no SQL once a counter is known.
 *
 * Exact in one process. The first use of a counter in a window is written at once, so a restarted
 * or newly started server starts from what the others counted; after that, replicas see each
 * other's requests at their next write. A credential spread over n servers may therefore get
 * what it sends within one interval to the others beyond its budget, never more.
 */
export class BudgetLedger {
  private readonly entries = new Map<string, Entry>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    /** Counts without a limit of its own (LimitStore.limiter): the ledger compares nothing. */
    private readonly store: RateLimiterPostgres,
    private readonly logger: Logger,
    private readonly options: {
      flushMilliseconds?: number;
      /** Told of each statement a request waits for (not the timed writes: no request waits). */
      onRequestStatement?: () => void;
    } = {},
  ) {}

  /**
   * Adds points to a counter (negative points give them back) and returns its total. A counter
   * this process has not seen in its current window is written and read at once.
   */
  async add(key: string, points: number): Promise<Tally> {
    const entry = this.live(key);
    if (entry) {
      entry.pending += points;
      this.schedule();
      return this.tallyOf(entry);
    }
    this.options.onRequestStatement?.();
    const written = await this.write(key, points);
    return this.tallyOf(this.learn(key, written));
  }

  /** A counter's total as this process knows it, without adding to it. */
  async get(key: string): Promise<Tally | null> {
    const entry = this.live(key);
    if (entry) return this.tallyOf(entry);
    this.options.onRequestStatement?.();
    const stored = await this.store.get(key);
    return stored ? { consumed: stored.consumedPoints, msBeforeNext: stored.msBeforeNext } : null;
  }

  /** Writes every counter that moved here since the last write, and learns the others' totals. */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.writePending());
    return this.writing;
  }

  /** Writes what is left; the process is stopping. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expire > Date.now() ? entry : undefined;
  }

  private tallyOf(entry: Entry): Tally {
    return {
      consumed: entry.known + entry.writing + entry.pending,
      msBeforeNext: Math.max(0, entry.expire - Date.now()),
    };
  }

  /** What PostgreSQL returned for a counter this process did not know. */
  private learn(key: string, written: Tally): Entry {
    const entry = this.live(key);
    if (entry) {
      // Two first uses at once: both were written; the larger total is the later one.
      entry.known = Math.max(entry.known, written.consumed);
      return entry;
    }
    const learned = {
      known: written.consumed,
      pending: 0,
      writing: 0,
      expire: Date.now() + written.msBeforeNext,
    };
    this.entries.set(key, learned);
    return learned;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.flushMilliseconds ?? FLUSH_MILLISECONDS);
    // Counting is no reason to keep a process alive; close() writes what is left.
    this.timer.unref();
  }

  private async writePending(): Promise<void> {
    const now = Date.now();
    const moved: [string, Entry][] = [];
    for (const [key, entry] of this.entries) {
      if (entry.expire <= now) {
        // The window is over: what was not written of it no longer counts against anything.
        this.entries.delete(key);
      } else if (entry.pending !== 0) {
        moved.push([key, entry]);
        entry.writing = entry.pending;
        entry.pending = 0;
      }
    }
    const outcomes = await Promise.allSettled(
      moved.map(async ([key, entry]) => {
        // The total returned includes what was being written.
        entry.known = (await this.write(key, entry.writing)).consumed;
        entry.writing = 0;
      }),
    );
    const failed = outcomes.flatMap((outcome, index) =>
      outcome.status === 'rejected' ? [{ entry: moved[index]?.[1], error: outcome.reason }] : [],
    );
    for (const { entry } of failed) {
      // Kept for the next write: a lost connection must not lose the counts.
      if (entry) {
        entry.pending += entry.writing;
        entry.writing = 0;
      }
    }
    if (failed.length > 0) {
      this.schedule();
      this.logger.warn(
        { err: failed[0]?.error, counters: failed.length },
        'rate limits: counters not written, will retry',
      );
    }
  }

  private async write(key: string, delta: number): Promise<Tally> {
    const result =
      delta >= 0 ? await this.store.consume(key, delta) : await this.store.reward(key, -delta);
    return { consumed: result.consumedPoints, msBeforeNext: result.msBeforeNext };
  }
}
