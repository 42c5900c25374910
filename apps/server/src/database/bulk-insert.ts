import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per INSERT statement: large enough to amortise a round trip, small enough to stay cheap to parse. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Rows of one entity to write: plain objects keyed by property name, relations as ids; JSON
 * columns are sent as JSON text. Nothing is validated here: callers write rows they checked.
 */
export interface RowsToWrite {
  entity: EntityClass<object>;
  rows: readonly Record<string, unknown>[];
  /**
   * Makes the insert an upsert: a row whose `key` properties match a stored row's replaces its
   * `replace` properties instead, and bumps its version (as the unit of work would).
   */
  upsert?: { key: readonly string[]; replace: readonly string[] };
}

/**
 * Inserts many rows of an entity in the EntityManager's transaction, as multi-row INSERTs:
 * for bulk writes (imports, their audit entries), where going through the unit of work, or
 * `em.insertMany`'s per-row processing, costs several times more.
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await execute(em, insertStatement(em, { entity, rows: chunk }));
  }
}

/**
 * Writes the rows of several entities in one statement, each entity's as a data-modifying
 * `with` clause: a change and its audit and webhook events in one round trip. For the rows of
 * one change (at most ROWS_PER_STATEMENT of each entity).
 */
export async function writeRowsAtOnce(
  em: EntityManager,
  writes: readonly RowsToWrite[],
): Promise<void> {
  const statements = writes
    .filter((write) => write.rows.length > 0)
    .map((write) => {
      if (write.rows.length > ROWS_PER_STATEMENT) {
        throw new Error(`${write.entity.name}: over ${ROWS_PER_STATEMENT} rows in one statement`);
      }
      return insertStatement(em, write);
    });
  if (statements.length === 0) return;
  await execute(em, {
    sql: `with ${statements.map((statement, index) => `w${index} as (${statement.sql})`).join(', ')} select 1`,
    params: statements.flatMap((statement) => statement.params),
  });
}

interface Statement {
  sql: string;
  params: unknown[];
}

function execute(em: EntityManager, { sql, params }: Statement): Promise<unknown> {
  return em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}

/** An INSERT (or upsert) of `rows`, with `?` placeholders. */
function insertStatement(em: EntityManager, { entity, rows, upsert }: RowsToWrite): Statement {
  const meta = em.getMetadata().get(entity);
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
  const columnOf = (name: string) => {
    const target = columns.get(name);
    if (!target) throw new Error(`${entity.name}.${name} is not a column`);
    return target;
  };
  const quoted = (name: string) => platform.quoteIdentifier(columnOf(name).column);
  // The columns any row names; a row without one gets the column's default.
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const targets = names.map(columnOf);
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const cells = targets.map((target, index) => {
      const value = row[names[index] as string];
      if (value === undefined) return 'default';
      params.push(target.json && value !== null ? JSON.stringify(value) : value);
      return '?';
    });
    return `(${cells.join(', ')})`;
  });
  const table = platform.quoteIdentifier(meta.tableName);
  let sql = `insert into ${table} as t (${names.map(quoted).join(', ')}) values ${values.join(', ')}`;
  if (upsert) {
    const replaced = upsert.replace.map((name) => `${quoted(name)} = excluded.${quoted(name)}`);
    const version = meta.versionProperty;
    if (version) replaced.push(`${quoted(version)} = t.${quoted(version)} + 1`);
    sql += ` on conflict (${upsert.key.map(quoted).join(', ')}) do update set ${replaced.join(', ')}`;
  }
  return { sql, params };
}
