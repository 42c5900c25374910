import { Writable } from 'node:stream';
import { EmailStatus } from '@cei/domain';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../database/seed/demo-data.js';
import { smtpSink } from '../testing/smtp-sink.js';
import { useTestServer } from '../testing/vitest.js';
import { deliverOutbox, MAX_DELIVERY_ATTEMPTS } from './delivery.js';
import { queueEmail } from './outbox.js';
import { OutboxEmail } from './outbox-email.entity.js';

const context = useTestServer({ demo: true });

const sink = smtpSink((address) =>
  address.startsWith('nobody@')
    ? '550 5.1.1 no such mailbox'
    : address.startsWith('busy@')
      ? '451 4.3.0 try again later'
      : null,
);
let smtpUrl: string;
const silent = pino({ level: 'silent' });
const options = () => ({ smtpUrl, mailFrom: 'CEI <no-reply@example.org>', logger: silent });

async function queue(to: string, subject = `Hello ${to}`) {
  await queueEmail(context.server.em(), { to, subject, text: `Body for ${to}`, kind: 'test' });
}

async function outbox() {
  return context.server.em().find(OutboxEmail, {}, { orderBy: { toAddress: 'asc' } });
}

beforeAll(async () => {
  smtpUrl = await sink.start();
});

afterAll(async () => {
  await sink.stop();
});

beforeEach(async () => {
  await context.server.em().nativeDelete(OutboxEmail, {});
  sink.received.length = 0;
});

describe('outbox delivery', () => {
  it('sends queued emails through SMTP_URL and marks them SENT', async () => {
    await queue('ana@example.org');
    await queue('ben@example.org');
    expect(await deliverOutbox(context.server.em(), options())).toEqual({
      sent: 2,
      logged: 0,
      failed: 0,
      retrying: 0,
    });
    expect(sink.received.map((message) => [message.from, message.to])).toEqual([
      ['no-reply@example.org', ['ana@example.org']],
      ['no-reply@example.org', ['ben@example.org']],
    ]);
    expect(sink.received[0]?.data).toContain('Subject: Hello ana@example.org');
    expect(sink.received[0]?.data).toContain('Body for ana@example.org');
    const emails = await outbox();
    expect(emails.map((email) => [email.status, email.attempts, email.lastError])).toEqual([
      [EmailStatus.SENT, 1, null],
      [EmailStatus.SENT, 1, null],
    ]);
    expect(emails.every((email) => email.deliveredAt instanceof Date)).toBe(true);
    // Nothing left to send: a second run sends nothing again.
    expect((await deliverOutbox(context.server.em(), options())).sent).toBe(0);
    expect(sink.received).toHaveLength(2);
  });

  it('fails an email at once when the server refuses it for good', async () => {
    await queue('nobody@example.org');
    expect((await deliverOutbox(context.server.em(), options())).failed).toBe(1);
    const [email] = await outbox();
    expect(email?.status).toBe(EmailStatus.FAILED);
    expect(email?.lastError).toContain('550');
    expect(email?.deliveredAt).toBeNull();
  });

  it('retries a temporary failure later, and gives up after the last attempt', async () => {
    await queue('busy@example.org');
    expect((await deliverOutbox(context.server.em(), options())).retrying).toBe(1);
    // Not again at once: the next try waits.
    expect(await deliverOutbox(context.server.em(), options())).toMatchObject({ retrying: 0 });
    let later = Date.now();
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      later += 60 * 60_000;
      const at = later;
      await deliverOutbox(context.server.em(), options(), () => new Date(at));
    }
    const [email] = await outbox();
    expect(email?.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(email?.status).toBe(EmailStatus.FAILED);
    expect(email?.lastError).toContain('451');
  });

  it('records each email as sent as soon as it is sent, not when its batch ends', async () => {
    for (const name of ['ana', 'ben', 'cy']) await queue(`${name}.slow@example.org`);
    sink.holdAfter(1);
    const delivery = deliverOutbox(context.server.em(), options());
    await sink.held();
    // The second email waits for the mail server's answer; what a crash now would leave:
    const statuses = (await outbox()).map((email) => [email.toAddress, email.status]);
    sink.release();
    expect((await delivery).sent).toBe(3);
    // Emails queued in the same millisecond go in either order: the first one the mail server
    // took is the one already recorded as sent.
    const sentFirst = sink.received[0]?.to[0];
    expect(statuses).toEqual(
      ['ana', 'ben', 'cy'].map((name) => {
        const address = `${name}.slow@example.org`;
        return [address, address === sentFirst ? EmailStatus.SENT : EmailStatus.QUEUED];
      }),
    );
    // Every attempt at one email carries the same Message-ID, made from its id.
    const first = (await outbox()).find((email) => email.toAddress === sentFirst);
    expect(sink.received[0]?.data).toContain(`Message-ID: <outbox-${first?.id}@example.org>`);
  });

  it('keeps no secret link once an email is delivered, sent or logged', async () => {
    const link = `https://cei.example.org/newsletter/confirm/${'a1B2_c3-'.repeat(5)}xyz`;
    const text = `Confirm: ${link}\nThanks.`;
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    for (const smtp of [true, false]) {
      await context.server.em().nativeDelete(OutboxEmail, {});
      await queueEmail(context.server.em(), {
        to: 'dee@example.org',
        subject: 'Confirm',
        text,
        kind: 'test',
      });
      await deliverOutbox(
        context.server.em(),
        smtp ? options() : { ...options(), smtpUrl: undefined, logger },
      );
      const [email] = await outbox();
      expect(email?.textBody, String(smtp)).toBe(
        'Confirm: https://cei.example.org/newsletter/confirm/[removed]\nThanks.',
      );
    }
    // The recipient got the link; the log at its default level did not.
    // (Quoted-printable wraps long lines with a trailing "=".)
    expect(sink.received[0]?.data.replace(/=\n/g, '')).toContain(link);
    expect(lines.join('')).not.toContain(link);
    expect(lines.join('')).toContain('/newsletter/confirm/[removed]');
  });

  it('sends each email once when two deliveries run at the same time', async () => {
    for (let index = 0; index < 30; index++) await queue(`reader${index}@example.org`);
    const runs = await Promise.all([
      deliverOutbox(context.server.em(), options()),
      deliverOutbox(context.server.em(), options()),
    ]);
    expect(runs[0].sent + runs[1].sent).toBe(30);
    expect(sink.received).toHaveLength(30);
    expect(new Set(sink.received.flatMap((message) => message.to)).size).toBe(30);
  });

  it('without SMTP_URL writes each email to the log and marks it LOGGED', async () => {
    await queue('carla@example.org', 'Your reminder');
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    expect(
      await deliverOutbox(context.server.em(), { smtpUrl: undefined, mailFrom: 'x@y.org', logger }),
    ).toMatchObject({ logged: 1, sent: 0 });
    const [email] = await outbox();
    expect(email?.status).toBe(EmailStatus.LOGGED);
    expect(email?.deliveredAt).toBeInstanceOf(Date);
    const logged = JSON.parse(lines[0] ?? '{}');
    expect(logged).toMatchObject({ to: 'carla@example.org', subject: 'Your reminder' });
    expect(logged.msg).toContain('Body for carla@example.org');
    expect(sink.received).toEqual([]);
  });
});

describe('the outbox in GraphQL', () => {
  it('is listed for CEI admins, newest first, with filters', async () => {
    await queue('dora@example.org');
    await queue('nobody@example.org');
    await deliverOutbox(context.server.em(), options());
    const { data, errors } = await context.server.graphql<{
      outboxEmails: { totalCount: number; nodes: { toAddress: string; status: string }[] };
      failed: { nodes: { toAddress: string; lastError: string }[] };
    }>(`{
      outboxEmails { totalCount nodes { toAddress status } }
      failed: outboxEmails(filter: { status: FAILED }) { nodes { toAddress lastError } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.outboxEmails.totalCount).toBe(2);
    expect(data?.failed.nodes).toEqual([
      { toAddress: 'nobody@example.org', lastError: expect.stringContaining('550') },
    ]);
  });

  it.each(['staff@example.org', 'liaison@example.org', 'lead@example.org'])(
    'is refused to %s',
    async (email) => {
      const client = await context.server.signIn(email, DEMO_PASSWORD);
      const { data, errors } = await client.graphql('{ outboxEmails { totalCount } }');
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(data ?? null).toBeNull();
      await queue('erin@example.org');
      const one = await client.graphql('query ($id: ID!) { outboxEmail(id: $id) { id } }', {
        id: (await outbox())[0]?.id,
      });
      expect(one.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );
});
