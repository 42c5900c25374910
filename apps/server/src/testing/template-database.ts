import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { todayInPacific } from '@cei/domain';
import pg from 'pg';
import {
  databaseUrl,
  ensureDatabase,
  quoteIdentifier as quote,
  withServerClient,
} from '../database/databases.js';
import { initOrm } from '../database/orm.js';
import { loadSeedData } from '../database/seed/load.js';

/**
 * Test databases are copies (`CREATE DATABASE … TEMPLATE`) of one migrated and seeded database,
 * made once per PostgreSQL server and content: migrating and loading the seed data for every test
 * file cost most of a test file's time. The template's name says what it holds: a hash of the
 * migrations and seed code, whether it has the demo data, and the day (the demo data is dated from
 * today), so a change to any of them makes a new one. Older days' templates are dropped.
 */
const PREFIX = 'cei_template_';
const databaseDir = fileURLToPath(new URL('../database/', import.meta.url));

const templates = new Map<string, Promise<string>>();

/** Creates `database` as a copy of the template with (or without) the demo data. */
export async function createTestDatabase(
  serverUrl: string,
  database: string,
  { demo }: { demo: boolean },
): Promise<void> {
  const key = `${serverUrl}|${demo}`;
  let template = templates.get(key);
  if (!template) {
    template = ensureTemplate(serverUrl, demo);
    template.catch(() => templates.delete(key));
    templates.set(key, template);
  }
  const name = await template;
  // FILE_COPY copies the template's files; the default (WAL_LOG) writes every page of it to the
  // write-ahead log too, twice the database server's CPU for each test file's database.
  await withServerClient(serverUrl, (client) =>
    client.query(`create database ${quote(database)} template ${quote(name)} strategy file_copy`),
  );
}

async function ensureTemplate(serverUrl: string, demo: boolean): Promise<string> {
  const day = todayInPacific(new Date()).replaceAll('-', '');
  const name = `${PREFIX}${day}_${contentHash()}_${demo ? 'demo' : 'reference'}`;
  return withServerClient(serverUrl, async (client) => {
    // One process makes it; the others wait for it here, then find it made.
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (existing.rowCount === 0) {
        await dropOlderDays(client, day);
        const building = `${name}_building`;
        await client.query(`drop database if exists ${quote(building)} with (force)`);
        await ensureDatabase(serverUrl, building);
        const orm = await initOrm({ databaseUrl: databaseUrl(serverUrl, building), poolMax: 2 });
        try {
          await loadSeedData(orm, { demo });
        } finally {
          await orm.close();
        }
        await client.query(`alter database ${quote(building)} rename to ${quote(name)}`);
      }
      return name;
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

async function dropOlderDays(client: pg.Client, today: string): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    'select datname from pg_database where datname like $1',
    [`${PREFIX}%`],
  );
  for (const { datname } of rows) {
    const day = datname.slice(PREFIX.length, PREFIX.length + 8);
    if (day < today) await client.query(`drop database if exists ${quote(datname)} with (force)`);
  }
}

/** What the template is made from: the migrations and the seed data code, as this run has them. */
function contentHash(): string {
  const hash = createHash('sha256');
  for (const folder of ['migrations', 'seed']) {
    const dir = join(databaseDir, folder);
    for (const file of readdirSync(dir).sort()) {
      if (/\.(js|ts)$/.test(file) && !/\.(test|d)\.ts$/.test(file)) {
        hash.update(file).update(readFileSync(join(dir, file)));
      }
    }
  }
  return hash.digest('hex').slice(0, 12);
}
