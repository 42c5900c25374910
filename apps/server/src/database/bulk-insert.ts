import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per INSERT statement: large enough to amortise a round trip, small enough to stay cheap to parse. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Inserts many rows of an entity in the EntityManager's transaction, as multi-row INSERTs:
 * for bulk writes (imports, their audit entries), where going through the unit of work, or
 * `em.insertMany`'s per-row processing, costs several times more. Rows are plain objects keyed by property name, relations as ids; JSON columns are sent
 * as JSON text. Nothing is validated here: callers insert rows they checked.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get<T>(entity);
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
  const platform = em.getPlatform();
  const table = platform.quoteIdentifier(meta.tableName);
  const connection = em.getConnection();
  const transaction = em.getTransactionContext();
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    // The columns any row of the chunk names; a row without one gets the column's default.
    const names = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
    const targets = names.map((name) => {
      const target = columns.get(name);
      if (!target) throw new Error(`${entity.name}.${name} is not a column`);
      return target;
    });
    const params: unknown[] = [];
    const values = chunk.map((row) => {
      const cells = targets.map((target, index) => {
        const name = names[index] as string;
        const value = row[name];
        if (value === undefined) return 'default';
        params.push(target.json && value !== null ? JSON.stringify(value) : value);
        return '?';
      });
      return `(${cells.join(', ')})`;
    });
    const columnList = targets.map((target) => platform.quoteIdentifier(target.column)).join(', ');
    await connection.execute(
      `insert into ${table} (${columnList}) values ${values.join(', ')}`,
      params,
      'run',
      transaction,
    );
  }
}
