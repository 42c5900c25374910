import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl, dropDatabase, ensureDatabase } from './databases.js';
import { initOrm, migrationsPending } from './orm.js';

const serverUrl = inject('databaseServerUrl');
const database = `cei_test_${randomBytes(6).toString('hex')}`;

afterAll(async () => {
  await dropDatabase(serverUrl, database);
});

describe('servers started together on an empty database', () => {
  it('all come up: one migrates, the others wait for it', async () => {
    await ensureDatabase(serverUrl, database);
    const started = await Promise.allSettled(
      Array.from({ length: 3 }, () =>
        initOrm({ databaseUrl: databaseUrl(serverUrl, database), poolMax: 2 }),
      ),
    );
    const orms = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(started.map((result) => result.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      for (const orm of orms) expect(await migrationsPending(orm)).toBe(0);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });
});
