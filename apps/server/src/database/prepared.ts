import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Statement text with `$1…` placeholders, by statement name. */
const numbered = new Map<string, string>();

/**
 * The rows of a statement run again and again (who the viewer is, on every request), as a
 * prepared statement of the pooled connection it runs on, outside any transaction: PostgreSQL
 * parses and plans it once per connection, not once per request, where planning took as long as
 * running it (~0.7 ms of its CPU at S1, docs/benchmark.md). `name` must stand for one text,
 * written with `?` placeholders. MikroORM's query hook hears of it as of its own statements
 * (statement counts, the query log).
 */
export async function preparedRows<R>(
  em: EntityManager,
  name: string,
  sql: string,
  values: unknown[],
): Promise<R[]> {
  let text = numbered.get(name);
  if (text === undefined) {
    let index = 0;
    text = sql.replace(/\?/g, () => `$${++index}`);
    numbered.set(name, text);
  }
  em.config.get('onQuery')(sql, values);
  const pool = await em.getConnection().getNativeClient();
  const result = await pool.query({ name, text, values });
  return result.rows as R[];
}

/** How many statement texts `rowsOfShape` prepares, at most: each pooled connection keeps its own. */
export const MAX_PREPARED_SHAPES = 100;
/** Texts seen once, by name: one is prepared when seen again (a one-off selection never is). */
const seenOnce = new Set<string>();
const admitted = new Set<string>();

/**
 * The rows of a statement whose text repeats by the shape of what was asked (an answer built in
 * SQL: the same selection by viewers of the same rules, the values as parameters), prepared as
 * `preparedRows` does once its text has been seen twice, while fewer than MAX_PREPARED_SHAPES
 * are; undefined for the caller to run it as it is otherwise. PostgreSQL then neither parses nor
 * plans it for each request: the statewide benchmark's LEA list answered 1.8–1.9× as many
 * requests at 10 and 50 connections (docs/benchmark.md).
 */
export function rowsOfShape<R>(
  em: EntityManager,
  sql: string,
  values: unknown[],
): Promise<R[]> | undefined {
  const name = `shape_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  if (!admitted.has(name)) {
    if (admitted.size >= MAX_PREPARED_SHAPES) return undefined;
    if (!seenOnce.has(name)) {
      // Bounded too: forgotten wholesale when full, which only delays a text's preparing.
      if (seenOnce.size >= 10 * MAX_PREPARED_SHAPES) seenOnce.clear();
      seenOnce.add(name);
      return undefined;
    }
    seenOnce.delete(name);
    admitted.add(name);
  }
  return preparedRows<R>(em, name, sql, values);
}
