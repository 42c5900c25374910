import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * A fingerprint of every table's contents: equal before and after a refused mutation proves
 * nothing was written, not even half. The request and cost counters (`rate_limit`) are left
 * out: every request is counted, refused ones included, by design (limits/request-limits.ts).
 */
export async function databaseSnapshot(orm: MikroORM): Promise<Record<string, string>> {
  const em = orm.em.fork();
  const tables: { table_name: string }[] = await em.execute(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'rate_limit' order by table_name`,
  );
  const snapshot: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const [row] = await em.execute(
      `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as fingerprint from "${table}" t`,
    );
    snapshot[table] = String(row?.fingerprint);
  }
  return snapshot;
}

/** Counts the SQL statements run while `work` runs (all pass the ORM's `onQuery` hook). */
export async function countStatements<T>(
  orm: MikroORM,
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const onQuery = orm.config.get('onQuery');
  orm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
    statements.push(sql);
    return onQuery(sql, params);
  });
  try {
    const result = await work();
    return { result, statements };
  } finally {
    orm.config.set('onQuery', onQuery);
  }
}
