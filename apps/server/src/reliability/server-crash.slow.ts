import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { messageIdOf } from '../email/delivery.js';
import { peopleFile } from '../imports/import.fixtures.js';
import { commit, preview } from '../imports/import.test-helpers.js';
import { JOBS } from '../jobs/job-queue.js';
import { serverProcess } from '../testing/server-process.js';
import { smtpSink } from '../testing/smtp-sink.js';

/**
 * The built server killed with SIGKILL in the middle of its work, then started again: an import
 * cut off mid-commit ends FAILED with its file deleted and nothing of it written, and a new import
 * runs; an outbox batch cut off mid-send delivers every email exactly once (counted by Message-ID
 * at a test SMTP server). Slow (a few minutes): recovery waits out the delivery job's one-minute
 * expiry and the claimed emails' one-minute wait, as a real crash would.
 */
const databaseServerUrl = inject('databaseServerUrl');
const opened: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const one of opened.reverse()) await one.close();
});

async function client(url: string): Promise<pg.Client> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  opened.push({ close: () => connection.end() });
  return connection;
}

/** Polls until `check` holds, up to `limitMs`; returns whether it did. */
async function eventually(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < limitMs; ) {
    if (await check().catch(() => false)) return true;
    await sleep(1_000);
  }
  return false;
}

describe('SIGKILL during an import commit', () => {
  it('fails the import, deletes its file, writes nothing of it, and lets a new import run', async () => {
    const server = await serverProcess(databaseServerUrl, { demo: true });
    opened.push(server);
    await server.start();
    const database = await client(server.databaseUrl);
    const teams = (
      await database.query<{ name: string }>('select name from team order by name')
    ).rows.map((team) => team.name);
    const checked = await preview(
      server,
      'PEOPLE_AND_MEMBERSHIPS',
      peopleFile(6_000, teams, 'crash'),
      'people.csv',
    );
    expect(checked.validRows).toBe(6_000);

    void commit(server, checked.id, 'ALL').catch(() => {});
    // Killed once rows are being written (its progress is reported as it goes).
    const writing = await eventually(async () => {
      const { rows } = await database.query<{ processed_rows: number }>(
        'select processed_rows from data_import where id = $1',
        [checked.id],
      );
      return (rows[0]?.processed_rows ?? 0) > 0;
    }, 60_000);
    expect(writing).toBe(true);
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    await server.start();

    const state = async () =>
      (
        await database.query<{ status: string; content: string | null; failure: unknown }>(
          'select status, content, failure from data_import where id = $1',
          [checked.id],
        )
      ).rows[0];
    // Its lock went with the killed server's session: the next run of expire-import-previews
    // (at this start, then every minute) ends it.
    const failed = await eventually(async () => (await state())?.status === 'FAILED', 70_000);
    expect(failed).toBe(true);
    expect((await state())?.content).toBeNull();
    expect((await state())?.failure).toBeTruthy();
    const { rows } = await database.query<{ count: string }>(
      "select count(*) from person where email like 'person.crash.%'",
    );
    expect(Number(rows[0]?.count)).toBe(0);

    // Nothing is left blocking: the same people import in full.
    const again = await preview(
      server,
      'PEOPLE_AND_MEMBERSHIPS',
      peopleFile(50, teams, 'crash'),
      'people.csv',
    );
    const { data, errors } = await commit(server, again.id, 'ALL');
    expect(errors).toBeUndefined();
    expect(data?.commitImport.status).toBe('COMPLETED');
  }, 300_000);
});

describe('SIGKILL during an outbox delivery batch', () => {
  it('sends every email exactly once after the restart', async () => {
    const MAIL_FROM = 'CEI <no-reply@example.org>';
    const sink = smtpSink();
    const smtpUrl = await sink.start();
    opened.push({ close: () => sink.stop() });
    const server = await serverProcess(databaseServerUrl, {
      env: { SMTP_URL: smtpUrl, MAIL_FROM },
    });
    opened.push(server);
    await server.start();
    const database = await client(server.databaseUrl);
    const ids = Array.from({ length: 30 }, () => randomUUID());
    for (const [index, id] of ids.entries()) {
      await database.query(
        `insert into outbox_email (id, created_at, updated_at, to_address, subject, text_body, kind)
         values ($1, now(), now(), $2, $3, $4, 'test')`,
        [id, `reader${index}@example.org`, `Crash ${index}`, `Body ${index}`],
      );
    }
    // Asks for delivery as the server's own code does, without waiting for the minute's run.
    const boss = new PgBoss({
      connectionString: server.databaseUrl,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
      migrate: false,
    });
    boss.on('error', () => {});
    await boss.start();
    opened.push({ close: () => boss.stop({ graceful: false }) });
    const requestDelivery = () => boss.send(JOBS.deliverOutbox, {}).catch(() => null);

    // Five emails go; the sixth is held by the mail server, unanswered, and the server is killed.
    sink.holdAfter(5);
    await requestDelivery();
    await sink.held();
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    sink.release();
    expect(sink.accepted).toHaveLength(5);
    await server.start();

    const allSent = await eventually(async () => {
      await requestDelivery();
      const { rows } = await database.query<{ count: string }>(
        "select count(*) from outbox_email where status <> 'SENT'",
      );
      return Number(rows[0]?.count) === 0;
    }, 240_000);
    expect(allSent).toBe(true);
    const accepted = sink.acceptedMessageIds();
    expect(accepted).toHaveLength(30);
    expect(new Set(accepted)).toEqual(new Set(ids.map((id) => messageIdOf(id, MAIL_FROM))));
  }, 360_000);
});
