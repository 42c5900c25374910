import type { EntityManager } from '@mikro-orm/postgresql';

/** Statement text with `$1…` placeholders, by statement name. */
const numbered = new Map<string, string>();

/**
 * The rows of a statement every request runs (who the viewer is), as a prepared statement of the
 * pooled connection it runs on: PostgreSQL parses and plans it once per connection, not once per
 * request, where planning took as long as running it (~0.7 ms of its CPU at S1, docs/benchmark.md).
 * `name` must stand for one text, written with `?` placeholders. MikroORM's query hook hears of
 * it as of its own statements (statement counts, the query log).
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
