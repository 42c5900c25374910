import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FreezableProxy, startFreezableProxy } from '../testing/freezable-proxy.js';
import { databaseUrl } from './databases.js';
import { ormConfig, PG_POOL_TIMEOUTS, releaseDeadConnections } from './orm.js';

/**
 * A transaction cut off by a database restart, or frozen past the client's read timeout, gives
 * its connection back to the pool (kysely keeps it otherwise, kysely-org/kysely#1990). The
 * database is the shared server's `postgres`, reached through a proxy the test freezes and cuts;
 * nothing is written. The read timeout is shortened from 35 s to half a second.
 */
const READ_TIMEOUT_MS = 500;
let proxy: FreezableProxy;
let orm: MikroORM;
let pool: pg.Pool;

beforeAll(async () => {
  proxy = await startFreezableProxy(inject('databaseServerUrl'));
  orm = await MikroORM.init({
    ...ormConfig({ databaseUrl: databaseUrl(proxy.serverUrl, 'postgres'), poolMax: 2 }),
    driverOptions: {
      ...PG_POOL_TIMEOUTS,
      query_timeout: READ_TIMEOUT_MS,
      onPoolCreated: releaseDeadConnections,
    },
  });
  pool = await orm.em.getConnection().getNativeClient();
});

afterEach(() => proxy.thaw());

afterAll(async () => {
  proxy?.thaw();
  await orm?.close();
  await proxy?.close();
});

function connectionsInUse(): number {
  return pool.totalCount - pool.idleCount;
}

/** Runs `work` in a transaction on a connection the pool already holds (none is opened frozen). */
async function transaction(work: (em: typeof orm.em) => Promise<void>): Promise<void> {
  await orm.em.fork().execute('select 1');
  await orm.em.fork().transactional(work);
}

async function expectEveryConnectionBack(): Promise<void> {
  for (let waited = 0; connectionsInUse() > 0 && waited < 5_000; waited += 50) await sleep(50);
  expect(connectionsInUse()).toBe(0);
  // And the pool serves again.
  const [row] = await orm.em.fork().execute('select 1 as one');
  expect(row).toEqual({ one: 1 });
}

describe('a pooled connection', () => {
  it('comes back when BEGIN gets no answer before the read timeout', async () => {
    await orm.em.fork().execute('select 1');
    proxy.freeze();
    await expect(orm.em.fork().transactional(async () => {})).rejects.toThrow(/read timeout/);
    proxy.thaw();
    await expectEveryConnectionBack();
  });

  it('comes back when COMMIT gets no answer before the read timeout', async () => {
    await expect(
      transaction(async (em) => {
        await em.execute('select 1');
        proxy.freeze();
      }),
    ).rejects.toThrow(/read timeout/);
    proxy.thaw();
    await expectEveryConnectionBack();
  });

  it('comes back when the database restarts during the transaction', async () => {
    await expect(
      transaction(async (em) => {
        proxy.cutConnections();
        await em.execute('select 1');
      }),
    ).rejects.toThrow();
    await expectEveryConnectionBack();
  });
});
