import type { EntityManager } from '@mikro-orm/postgresql';

/** SQL with `?` placeholders, and its parameters in the order they appear. */
export interface Sql {
  sql: string;
  params: readonly unknown[];
}

interface PendingRead {
  read: Sql;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/**
 * The reads a request asks for together run as one SQL statement: those started in one turn of
 * the event loop (the lists, references and tallies of one level of a GraphQL answer, each
 * batched per parent by a DataLoader) are sent at its end, each read's rows as a JSON array in a
 * column of its own. So a request's statement count follows the levels of its query, not the
 * number of fields on a level. Rows come back as JSON values: numbers, strings (instants in ISO
 * 8601), arrays and objects; a read casts to text what JSON would not keep exactly (numeric).
 *
 * One statement is under way at a time: reads asked for meanwhile wait for it and go together in
 * the next. With two under way at once, whether the reads following each shared a statement
 * would depend on when the answers arrived; this way the count is the same on every run.
 */
export class StatementBatch {
  private pending: PendingRead[] = [];
  private sending = false;
  private scheduled = false;

  constructor(private readonly em: EntityManager) {}

  /** The rows of a read, run with the other reads of this turn. */
  rows<R>(read: Sql): Promise<R[]> {
    return new Promise<unknown[]>((resolve, reject) => {
      this.pending.push({ read, resolve, reject });
      this.schedule();
    }) as Promise<R[]>;
  }

  private schedule(): void {
    if (this.scheduled || this.sending) return;
    this.scheduled = true;
    // After the DataLoaders of this turn have dispatched (process.nextTick) and their batch
    // functions have built their SQL (promise jobs): setImmediate runs after both.
    setImmediate(() => {
      this.scheduled = false;
      void this.send();
    });
  }

  private async send(): Promise<void> {
    const reads = this.pending;
    this.pending = [];
    this.sending = true;
    const columns = reads.map(
      ({ read }, index) =>
        `(select coalesce(json_agg(read_rows), '[]') from (${read.sql}) as read_rows) as "${index}"`,
    );
    try {
      const [row] = (await this.em.execute(
        `select ${columns.join(', ')}`,
        reads.flatMap(({ read }) => read.params),
      )) as Record<string, unknown[]>[];
      for (const [index, { resolve }] of reads.entries()) resolve(row?.[index] ?? []);
    } catch (error) {
      for (const { reject } of reads) reject(error);
    } finally {
      this.sending = false;
      if (this.pending.length > 0) this.schedule();
    }
  }
}
