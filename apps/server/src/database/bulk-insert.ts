import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters for our widest tables. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Inserts many rows of an entity in the EntityManager's transaction, as multi-row INSERTs with
 * bound parameters: for bulk writes (imports, their audit entries), where going through the
 * unit of work, or `em.insertMany`'s per-row processing and inlined SQL, costs several times
 * more. Rows are plain objects keyed by property name, relations as ids; JSON columns are sent
 * as JSON text. Nothing is validated here: callers insert rows they checked.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get<T>(entity.name);
  const columns = new Map<string, { column: string; json: boolean }>();
  for (const property of Object.values(meta.properties) as {
    name: string;
    fieldNames?: string[];
    columnTypes?: string[];
  }[]) {
    const column = property.fieldNames?.[0];
    if (column) {
      columns.set(property.name, { column, json: property.columnTypes?.[0] === 'jsonb' });
    }
  }
  const knex = em.getKnex();
  const transaction = em.getTransactionContext();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
      const record: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(row)) {
        const target = columns.get(name);
        if (!target) throw new Error(`${entity.name}.${name} is not a column`);
        record[target.column] =
          target.json && value !== null && value !== undefined ? JSON.stringify(value) : value;
      }
      return record;
    });
    const query = knex(meta.tableName).insert(chunk);
    await (transaction ? query.transacting(transaction as never) : query);
  }
}
