import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import { useTestServer } from '../testing/vitest.js';
import { SUBSCRIBE_MIN_MS } from './newsletter.service.js';
import { RATE_LIMIT_TABLE, SUBSCRIBE_LIMITS } from './rate-limit.js';

const context = useTestServer();

const SUBSCRIBE = 'mutation ($input: SubscribeInput!) { subscribe(input: $input) }';
const CONFIRM = 'mutation ($token: String!) { confirmSubscription(token: $token) }';
const UNSUBSCRIBE = 'mutation ($token: String!) { unsubscribe(token: $token) }';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const { sql } = context;

interface Row {
  id: string;
  email: string;
  name: string | null;
  language: string;
  status: string;
  confirm_token_hash: string | null;
  unsubscribe_token_hash: string;
  confirmed_at: Date | null;
}
const subscriptionsOf = (email: string) =>
  sql<Row>('select * from subscription where email = ?', [email]);

interface Email {
  to_address: string;
  subject: string;
  text_body: string;
  kind: string;
}
const emailsTo = (email: string) =>
  sql<Email>('select * from outbox_email where to_address = ? order by created_at', [email]);

/** The tokens of the links in an email. */
function linksIn(email: Email) {
  const confirm = /\/newsletter\/confirm\/([A-Za-z0-9_-]{43})/.exec(email.text_body)?.[1];
  const unsubscribe = /\/newsletter\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(email.text_body)?.[1];
  return { confirm, unsubscribe };
}

async function subscribe(input: Record<string, unknown>) {
  const started = Date.now();
  const response = await context.server.anonymous.graphql(SUBSCRIBE, { input });
  return { response, elapsed: Date.now() - started };
}

const page = async (path: string, method: 'GET' | 'POST' = 'GET') => {
  const response = await fetch(`${context.server.url}${path}`, { method });
  return { status: response.status, html: await response.text(), headers: response.headers };
};

/** Everything but the rate limiter's counters, which count refused requests too. */
async function snapshot() {
  const { [RATE_LIMIT_TABLE]: _counters, ...rest } = await databaseSnapshot(context.server.orm);
  return rest;
}

describe('subscribe', () => {
  it('records a PENDING subscription and emails a confirmation link; only hashes of the tokens are kept', async () => {
    const { response } = await subscribe({
      email: 'Ana.Example@Example.org',
      name: 'Ana',
      organizationName: 'Example USD',
    });
    expect(response).toEqual({ data: { subscribe: true } });
    const [row, ...others] = await subscriptionsOf('ana.example@example.org');
    expect(others).toEqual([]);
    expect(row).toMatchObject({ status: 'PENDING', name: 'Ana', language: 'ENGLISH' });
    const [email] = await emailsTo('ana.example@example.org');
    expect(email).toMatchObject({
      kind: 'newsletter-confirmation',
      subject: 'Confirm your subscription to the CEI newsletter',
    });
    expect(email?.text_body).toContain(`${context.server.url}/newsletter/confirm/`);
    expect(email?.text_body).toContain(`${context.server.url}/newsletter/unsubscribe/`);
    const links = linksIn(email as Email);
    expect(row?.confirm_token_hash).toBe(sha256(links.confirm ?? ''));
    expect(row?.unsubscribe_token_hash).toBe(sha256(links.unsubscribe ?? ''));
    expect(JSON.stringify(row)).not.toContain(links.confirm);
  });

  it('answers the same to a second request, keeps one subscription, and sends a fresh link that replaces the first', async () => {
    const [first] = await emailsTo('ana.example@example.org');
    const { response } = await subscribe({ email: 'ANA.example@EXAMPLE.org', name: 'Ana E.' });
    expect(response).toEqual({ data: { subscribe: true } });
    expect(await subscriptionsOf('ana.example@example.org')).toHaveLength(1);
    const emails = await emailsTo('ana.example@example.org');
    expect(emails).toHaveLength(2);
    const old = linksIn(first as Email).confirm;
    const fresh = linksIn(emails[1] as Email).confirm;
    expect(fresh).not.toBe(old);
    expect((await page(`/newsletter/confirm/${old}`)).status).toBe(404);
    expect((await page(`/newsletter/confirm/${fresh}`)).status).toBe(200);
  });

  it('refuses a malformed address, naming the field and changing nothing', async () => {
    const before = await snapshot();
    const { response } = await subscribe({ email: 'not-an-address' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.email');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the confirmation link', () => {
  it('shows a page with a button on GET (a mail scanner confirms nothing), and confirms on POST, once', async () => {
    const [, latest] = await emailsTo('ana.example@example.org');
    const token = linksIn(latest as Email).confirm;
    const shown = await page(`/newsletter/confirm/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('<html lang="en">');
    expect(shown.html).toContain(
      '<form method="post"><button type="submit">Confirm my subscription',
    );
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
    expect(shown.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await subscriptionsOf('ana.example@example.org'))[0]?.status).toBe('PENDING');

    const done = await page(`/newsletter/confirm/${token}`, 'POST');
    expect(done.status).toBe(200);
    expect(done.html).toContain('Subscription confirmed');
    const [row] = await subscriptionsOf('ana.example@example.org');
    expect(row).toMatchObject({ status: 'CONFIRMED', confirm_token_hash: null });
    expect(row?.confirmed_at).not.toBeNull();

    const again = await page(`/newsletter/confirm/${token}`, 'POST');
    expect(again.status).toBe(404);
    expect(again.html).toContain('This link is not valid');
    expect(again.html).toContain('Este enlace no es válido');
    const replay = await context.server.anonymous.graphql(CONFIRM, { token });
    expect(replay).toEqual({ data: { confirmSubscription: false } });
  });

  it('is in the subscriber language, and confirms through GraphQL too', async () => {
    await subscribe({ email: 'luz@example.org', name: 'Luz', language: 'SPANISH' });
    const [email] = await emailsTo('luz@example.org');
    expect(email?.subject).toBe('Confirme su suscripción al boletín de la CEI');
    expect(email?.text_body).toMatch(/^Hola, Luz:/);
    const token = linksIn(email as Email).confirm;
    const shown = await page(`/newsletter/confirm/${token}`);
    expect(shown.html).toContain('<html lang="es">');
    expect(shown.html).toContain('Confirmar mi suscripción');
    expect(await context.server.anonymous.graphql(CONFIRM, { token })).toEqual({
      data: { confirmSubscription: true },
    });
    expect((await subscriptionsOf('luz@example.org'))[0]?.status).toBe('CONFIRMED');
  });

  it(`expires after the days it is valid for`, async () => {
    await subscribe({ email: 'late@example.org' });
    const token = linksIn((await emailsTo('late@example.org'))[0] as Email).confirm;
    await sql(
      `update subscription set updated_at = now() - interval '8 days' where email = 'late@example.org'`,
    );
    expect((await page(`/newsletter/confirm/${token}`)).status).toBe(404);
    expect(await context.server.anonymous.graphql(CONFIRM, { token })).toEqual({
      data: { confirmSubscription: false },
    });
  });

  it('answers an unknown or malformed token with the neutral page', async () => {
    for (const token of ['x'.repeat(43), 'nope', '%3Cscript%3E']) {
      const shown = await page(`/newsletter/confirm/${token}`);
      expect(shown.status).toBe(404);
      expect(shown.html).not.toContain('<script');
    }
  });
});

describe('a subscriber who is already confirmed', () => {
  it('gets the same answer, in as much time, and an "already subscribed" note; nothing about them changes', async () => {
    const before = (await subscriptionsOf('ana.example@example.org'))[0];
    const confirmed = await subscribe({ email: 'ana.example@example.org', name: 'Someone Else' });
    const pending = await subscribe({ email: 'late@example.org' });
    const fresh = await subscribe({ email: 'new.reader@example.org' });
    for (const attempt of [confirmed, pending, fresh]) {
      expect(attempt.response).toEqual({ data: { subscribe: true } });
      expect(attempt.elapsed).toBeGreaterThanOrEqual(SUBSCRIBE_MIN_MS - 5);
    }
    expect((await subscriptionsOf('ana.example@example.org'))[0]).toEqual(before);
    const last = (await emailsTo('ana.example@example.org')).at(-1);
    expect(last).toMatchObject({
      kind: 'newsletter-already-subscribed',
      subject: 'This address is already subscribed to the CEI newsletter',
    });
    expect(last?.text_body).toContain('Hello Ana E.,');
    expect(linksIn(last as Email)).toEqual({ confirm: undefined, unsubscribe: undefined });
  });
});

describe('the unsubscribe link', () => {
  it('shows a button on GET, unsubscribes on POST, and again is harmless', async () => {
    const [, latest] = await emailsTo('ana.example@example.org');
    const token = linksIn(latest as Email).unsubscribe;
    const shown = await page(`/newsletter/unsubscribe/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('<button type="submit">Unsubscribe</button>');
    expect((await subscriptionsOf('ana.example@example.org'))[0]?.status).toBe('CONFIRMED');

    const done = await page(`/newsletter/unsubscribe/${token}`, 'POST');
    expect(done.html).toContain('You are unsubscribed');
    expect((await subscriptionsOf('ana.example@example.org'))[0]?.status).toBe('UNSUBSCRIBED');
    expect(await context.server.anonymous.graphql(UNSUBSCRIBE, { token })).toEqual({
      data: { unsubscribe: true },
    });
    expect(await context.server.anonymous.graphql(UNSUBSCRIBE, { token: 'y'.repeat(43) })).toEqual({
      data: { unsubscribe: false },
    });
    expect((await page(`/newsletter/unsubscribe/${'y'.repeat(43)}`, 'POST')).status).toBe(404);
  });

  it('lets an unsubscribed address subscribe again, pending a new confirmation', async () => {
    const token = linksIn((await emailsTo('luz@example.org'))[0] as Email).unsubscribe;
    expect(await context.server.anonymous.graphql(UNSUBSCRIBE, { token })).toEqual({
      data: { unsubscribe: true },
    });
    const { response } = await subscribe({ email: 'luz@example.org', language: 'SPANISH' });
    expect(response).toEqual({ data: { subscribe: true } });
    const [row] = await subscriptionsOf('luz@example.org');
    expect(row).toMatchObject({ status: 'PENDING', confirmed_at: null });
    const last = (await emailsTo('luz@example.org')).at(-1) as Email;
    expect(last.kind).toBe('newsletter-confirmation');
    // The old links are dead; the new ones work.
    expect((await page(`/newsletter/unsubscribe/${token}`)).status).toBe(404);
    expect((await page(`/newsletter/confirm/${linksIn(last).confirm}`)).html).toContain(
      'Confirmar mi suscripción',
    );
  });

  it('records changes in the audit log as the public, with the tokens redacted', async () => {
    const events = await sql<{ action: string; actor_id: string | null; changes: string }>(
      `select action, actor_id, changes::text from audit_event where entity = 'Subscription' order by created_at`,
    );
    expect(events.length).toBeGreaterThan(3);
    expect(events.every((event) => event.actor_id === null)).toBe(true);
    expect(events.some((event) => event.changes.includes('[redacted]'))).toBe(true);
  });
});

describe('the rate limit', () => {
  it(`refuses a fourth request for one address within the hour, with a retry time, changing nothing`, async () => {
    const email = 'busy@example.org';
    for (let attempt = 0; attempt < SUBSCRIBE_LIMITS.perAddress.points; attempt++) {
      expect((await subscribe({ email })).response).toEqual({ data: { subscribe: true } });
    }
    const before = await snapshot();
    const { response } = await subscribe({ email: 'BUSY@example.org' });
    const error = response.errors?.[0] as { message: string; extensions: Record<string, unknown> };
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/Too many subscription requests/);
    expect(error.extensions.retryAfter).toBeGreaterThan(0);
    expect(error.extensions.retryAfter).toBeLessThanOrEqual(
      SUBSCRIBE_LIMITS.perAddress.durationSeconds,
    );
    expect(response.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect(await emailsTo(email)).toHaveLength(SUBSCRIBE_LIMITS.perAddress.points);
    // The counters hold hashes, not addresses.
    const counters = await sql<{ key: string }>(`select key from ${RATE_LIMIT_TABLE}`);
    expect(counters.some((counter) => counter.key.includes('@'))).toBe(false);
  });
});
