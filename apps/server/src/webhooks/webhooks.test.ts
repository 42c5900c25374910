import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Role } from '@cei/domain';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccountRecord } from '../accounts/account.service.js';
import { repoRoot } from '../config/config.js';
import type { GraphqlClient } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { deliverWebhooks, MAX_WEBHOOK_ATTEMPTS } from './delivery.js';
import { resolvedProblem } from './endpoint-address.js';

const MAX_FAILURES = 3;
const context = useTestServer({ demo: true, config: { webhookMaxFailures: MAX_FAILURES } });
const PASSWORD = 'webhook-partner-password';

/** A real receiver on 127.0.0.1: records what it is sent, answers with `status`. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}
const receiver = {
  status: 200,
  received: [] as Received[],
  url: '',
  server: null as Server | null,
};

type VerifyWebhook = (
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: string,
  now?: number,
) => boolean;
let verifyWebhook: VerifyWebhook;

let partner: GraphqlClient;
let otherPartner: GraphqlClient;
let partnerAccountId = '';

beforeAll(async () => {
  receiver.server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      receiver.received.push({ headers: request.headers, body });
      response.statusCode = receiver.status;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.server?.listen(0, '127.0.0.1', resolve));
  const address = receiver.server.address();
  receiver.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;

  // The verification snippet of the partner documentation, run as it is written there.
  const docs = readFileSync(join(repoRoot, 'docs/partners.md'), 'utf8');
  const snippet = /### Verifying a delivery[\s\S]*?```ts\n([\s\S]*?)```/.exec(docs)?.[1];
  if (!snippet) throw new Error('the documentation has no verification snippet');
  const file = join(mkdtempSync(join(tmpdir(), 'cei-webhook-docs-')), 'verify-webhook.ts');
  writeFileSync(file, snippet);
  ({ verifyWebhook } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
    verifyWebhook: VerifyWebhook;
  });

  const em = context.server.em();
  const account = await createAccountRecord(em, {
    email: 'hooks.partner@example.org',
    displayName: 'Hooks partner',
    role: Role.API_PARTNER,
    password: PASSWORD,
  });
  partnerAccountId = account.id;
  await createAccountRecord(em, {
    email: 'other.partner@example.org',
    displayName: 'Other partner',
    role: Role.API_PARTNER,
    password: PASSWORD,
  });
  partner = await context.server.signIn('hooks.partner@example.org', PASSWORD);
  otherPartner = await context.server.signIn('other.partner@example.org', PASSWORD);
});

afterAll(async () => {
  await new Promise((resolve) => receiver.server?.close(resolve));
});

beforeEach(async () => {
  receiver.status = 200;
  receiver.received = [];
  context.server.config.environment = 'test';
  // Each test starts with no endpoint and no pending delivery.
  await context.server.em().execute('delete from webhook_endpoint');
  await context.server.em().execute('delete from webhook_event');
  await context.server
    .em()
    .execute("delete from outbox_email where kind = 'webhook-endpoint-disabled'");
});

const logger = pino({ level: 'silent' });
/** One run of the delivery job, `offsetSeconds` from now (retries wait their turn). */
const deliver = (offsetSeconds = 0) =>
  deliverWebhooks(
    context.server.orm,
    { config: context.server.config, logger },
    () => new Date(Date.now() + offsetSeconds * 1000),
  );

async function register(
  client: GraphqlClient,
  input: Record<string, unknown>,
): Promise<{ id: string; secret: string; version: number }> {
  const answer = await client.graphql<{
    createWebhookEndpoint: { secret: string; webhookEndpoint: { id: string; version: number } };
  }>(
    'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret webhookEndpoint { id version } } }',
    { input },
  );
  const created = answer.data?.createWebhookEndpoint;
  if (!created) throw new Error(JSON.stringify(answer.errors));
  return { secret: created.secret, ...created.webhookEndpoint };
}

async function firstRow<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = (await context.server.em().execute(sql, params)) as T[];
  if (!row) throw new Error(`no row: ${sql}`);
  return row;
}

/** Renames a team as CEI staff (the admin's session): a TEAM event. */
async function renameTeam(name: string): Promise<string> {
  const team = await firstRow<{ id: string; version: number }>(
    "select id, version from team where name like 'Azusa%'",
  );
  const answer = await context.server.graphql(
    'mutation ($id: ID!, $version: Int!, $name: String!) { updateTeam(id: $id, version: $version, input: { name: $name }) { id } }',
    { id: team.id, version: team.version, name },
  );
  expect(answer.errors).toBeUndefined();
  return team.id;
}

async function deliveriesOf(client: GraphqlClient, endpointId: string) {
  const answer = await client.graphql<{
    webhookEndpoint: {
      disabledAt: string | null;
      disabledAfterFailures: boolean;
      consecutiveFailures: number;
      deliveries: {
        nodes: {
          id: string;
          eventId: string;
          eventType: string;
          action: string;
          status: string;
          attempts: number;
          lastStatusCode: number | null;
          lastDurationMs: number | null;
          lastError: string | null;
        }[];
      };
    } | null;
  }>(
    `query ($id: ID!) { webhookEndpoint(id: $id) { disabledAt disabledAfterFailures consecutiveFailures
      deliveries { nodes { id eventId eventType action status attempts lastStatusCode lastDurationMs lastError } } } }`,
    { id: endpointId },
  );
  return answer.data?.webhookEndpoint ?? null;
}

describe('a registered endpoint', () => {
  it('is sent a change signed as the documentation says, and the log records it', async () => {
    const endpoint = await register(partner, {
      url: receiver.url,
      description: 'Warehouse',
      eventTypes: ['TEAM', 'CONVENING'],
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const teamId = await renameTeam('Azusa Unified (renamed for webhooks)');
    expect(receiver.received).toHaveLength(0);

    expect(await deliver()).toMatchObject({ delivered: 1, skipped: 0, failed: 0, retrying: 0 });
    expect(receiver.received).toHaveLength(1);
    const [sent] = receiver.received;
    if (!sent) throw new Error('nothing received');
    expect(verifyWebhook(endpoint.secret, sent.headers, sent.body)).toBe(true);
    // Another secret, a changed body or a stale timestamp fail.
    expect(verifyWebhook(`${endpoint.secret}x`, sent.headers, sent.body)).toBe(false);
    expect(
      verifyWebhook(endpoint.secret, sent.headers, sent.body.replace('renamed', 'forged')),
    ).toBe(false);
    expect(
      verifyWebhook(endpoint.secret, sent.headers, sent.body, Date.now() + 6 * 60 * 1000),
    ).toBe(false);

    const body = JSON.parse(sent.body) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
    };
    expect(body.type).toBe('team.updated');
    expect(sent.headers['webhook-event']).toBe('team.updated');
    expect(sent.headers['webhook-id']).toBe(body.id);
    // What the partner's own query of the team answers, field for field.
    const fields = Object.keys(body.data).filter((field) => typeof body.data[field] !== 'object');
    const queried = await context.server
      .withToken(await issueToken())
      .graphql<{ team: Record<string, unknown> }>(
        `query ($id: ID!) { team(id: $id) { ${fields.join(' ')} } }`,
        { id: teamId },
      );
    expect(Object.fromEntries(fields.map((field) => [field, body.data[field]]))).toEqual(
      queried.data?.team,
    );
    expect(body.data).toMatchObject({ id: teamId, name: 'Azusa Unified (renamed for webhooks)' });

    const log = await deliveriesOf(partner, endpoint.id);
    expect(log?.deliveries.nodes).toEqual([
      expect.objectContaining({
        eventId: body.id,
        eventType: 'TEAM',
        action: 'UPDATED',
        status: 'DELIVERED',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
      }),
    ]);
    expect(log?.deliveries.nodes[0]?.lastDurationMs).toBeGreaterThanOrEqual(0);
    // Nothing more to send.
    expect(await deliver()).toMatchObject({ delivered: 0 });
  });

  it('is not sent what its owner may not read: memberships are person-level data', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['MEMBERSHIP'] });
    const membership = await firstRow<{ id: string; version: number; started_on: string }>(
      'select id, version, started_on::text from membership where ended_on is null order by id limit 1',
    );
    const changed = await context.server.graphql(
      'mutation ($id: ID!, $version: Int!) { updateMembership(id: $id, version: $version, input: { startedOn: "2019-07-01" }) { id } }',
      { id: membership.id, version: membership.version },
    );
    expect(changed.errors).toBeUndefined();
    expect(await deliver()).toMatchObject({ delivered: 0, skipped: 1 });
    expect(receiver.received).toHaveLength(0);
    const log = await deliveriesOf(partner, endpoint.id);
    expect(log?.deliveries.nodes[0]).toMatchObject({
      status: 'SKIPPED',
      lastError: "not sent: the record is outside the owner's scope, or no longer exists",
    });
  });

  it('is sent an attendance summary as its owner’s query gives it, the records themselves never', async () => {
    await register(partner, { url: receiver.url, eventTypes: ['ATTENDANCE_SUMMARY'] });
    const record = await firstRow<{ convening_id: string; membership_id: string; status: string }>(
      "select convening_id, membership_id, status from attendance where status = 'PRESENT' order by id limit 1",
    );
    const recorded = await context.server.graphql(
      'mutation ($conveningId: ID!, $input: RecordAttendanceInput!) { recordAttendance(conveningId: $conveningId, input: $input) { id } }',
      {
        conveningId: record.convening_id,
        input: { entries: [{ membershipId: record.membership_id, status: 'ABSENT' }] },
      },
    );
    expect(recorded.errors).toBeUndefined();
    expect(await deliver()).toMatchObject({ delivered: 1 });
    const body = JSON.parse(receiver.received[0]?.body ?? '{}') as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(body.type).toBe('attendance_summary.updated');
    const queried = await context.server
      .withToken(await issueToken())
      .graphql<{ convening: Record<string, unknown> }>(
        'query ($id: ID!) { convening(id: $id) { id attendanceSummary { present absent excused total rate } } }',
        { id: record.convening_id },
      );
    expect(body.data).toEqual(queried.data?.convening);
    expect(JSON.stringify(body)).not.toContain(record.membership_id);
  });

  it('stops being sent events at once when its owner can no longer read them, queued ones too', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['TEAM'] });
    await renameTeam('Azusa Unified (before the scope change)');
    const account = await firstRow<{ version: number }>(
      'select version from account where id = ?',
      [partnerAccountId],
    );
    const disabled = await context.server.graphql(
      'mutation ($id: ID!, $version: Int!) { updateAccount(id: $id, version: $version, input: { disabled: true }) { id } }',
      { id: partnerAccountId, version: account.version },
    );
    expect(disabled.errors).toBeUndefined();
    expect(await deliver()).toMatchObject({ delivered: 0, skipped: 1 });
    expect(receiver.received).toHaveLength(0);
    const log = await deliveriesOf(context.server, endpoint.id);
    expect(log?.deliveries.nodes[0]).toMatchObject({ status: 'SKIPPED' });
    // Enabled again: new events flow, and the partner signs in anew.
    await context.server.graphql(
      'mutation ($id: ID!, $version: Int!) { updateAccount(id: $id, version: $version, input: { disabled: false }) { id } }',
      { id: partnerAccountId, version: account.version + 1 },
    );
    partner = await context.server.signIn('hooks.partner@example.org', PASSWORD);
    await renameTeam('Azusa Unified (after the scope change)');
    expect(await deliver()).toMatchObject({ delivered: 1 });
  });
});

describe('a deleted record', () => {
  it('is told by id when everyone may read its kind, and not at all otherwise', async () => {
    await register(partner, {
      url: receiver.url,
      eventTypes: ['CONVENING', 'MEMBERSHIP'],
    });
    const cohort = await firstRow<{ id: string }>("select id from cohort where name = 'Cohort II'");
    const created = await context.server.graphql<{ createConvening: { id: string } }>(
      'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }',
      {
        input: {
          cohortIds: [cohort.id],
          modality: 'VIRTUAL',
          number: 7,
          programYear: '2030-31',
          startsAt: '2030-10-01T16:00:00.000Z',
          videoUrl: 'https://video.example.org/cei',
        },
      },
    );
    const conveningId = created.data?.createConvening.id;
    expect(created.errors).toBeUndefined();
    const deleted = await context.server.graphql(
      'mutation ($id: ID!) { deleteConvening(id: $id) }',
      { id: conveningId },
    );
    expect(deleted.errors).toBeUndefined();
    // A membership with no attendance or claims left to keep it (removed as the system, which
    // emits no event).
    const membership = await firstRow<{ id: string }>(
      'select id from membership order by id limit 1',
    );
    await context.sql('delete from attendance where membership_id = ?', [membership.id]);
    await context.sql('delete from reimbursement where membership_id = ?', [membership.id]);
    const gone = await context.server.graphql('mutation ($id: ID!) { deleteMembership(id: $id) }', {
      id: membership.id,
    });
    expect(gone.errors).toBeUndefined();

    // The convening's creation (gone by delivery time: nothing to read) and deletion; the
    // membership's deletion, not the partner's to know of.
    expect(await deliver()).toMatchObject({ delivered: 1, skipped: 2 });
    expect(receiver.received.map((sent) => JSON.parse(sent.body))).toEqual([
      expect.objectContaining({ type: 'convening.deleted', data: { id: conveningId } }),
    ]);
    expect(receiver.received.some((sent) => sent.body.includes(membership.id))).toBe(false);
  });
});

describe('the delivery log', () => {
  it('keeps a delivery that is over for 30 days after its last change, a pending one until sent', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['TEAM'] });
    await renameTeam('Azusa Unified (logged)');
    expect(await deliver()).toMatchObject({ delivered: 1 });
    receiver.status = 500;
    await renameTeam('Azusa Unified (still pending)');
    expect(await deliver()).toMatchObject({ retrying: 1 });
    // 29 days on, both are kept (the pending one is retried meanwhile, still failing).
    await deliver(29 * 86_400);
    expect((await deliveriesOf(partner, endpoint.id))?.deliveries.nodes).toHaveLength(2);
    // 31 days on, the delivered one is gone; the pending one stays.
    await deliver(31 * 86_400);
    const left = (await deliveriesOf(partner, endpoint.id))?.deliveries.nodes;
    expect(left?.map((delivery) => delivery.status)).toEqual(['PENDING']);
  });
});

describe('failed deliveries', () => {
  it('are retried with a growing wait, then given up after the last attempt', async () => {
    const endpoint = await register(context.server, {
      ownerId: partnerAccountId,
      url: receiver.url,
      eventTypes: ['TEAM'],
    });
    // High enough that the endpoint stays enabled through every attempt of this test.
    context.server.config.webhookMaxFailures = MAX_WEBHOOK_ATTEMPTS + 1;
    try {
      receiver.status = 500;
      await renameTeam('Azusa Unified (retried)');
      expect(await deliver()).toMatchObject({ retrying: 1 });
      // Not due again until its wait (30 s) is over.
      expect(await deliver(10)).toMatchObject({ retrying: 0, failed: 0 });
      expect(await deliver(31)).toMatchObject({ retrying: 1 });
      let log = await deliveriesOf(context.server, endpoint.id);
      expect(log?.deliveries.nodes[0]).toMatchObject({
        status: 'PENDING',
        attempts: 2,
        lastStatusCode: 500,
        lastError: 'the receiver answered with HTTP status 500',
      });
      expect(log?.consecutiveFailures).toBe(2);
      // Far enough ahead for each wait: every remaining attempt, the last one gives up.
      for (let attempt = 3; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
        await deliver(attempt * 3600);
      }
      log = await deliveriesOf(context.server, endpoint.id);
      expect(log?.deliveries.nodes[0]).toMatchObject({
        status: 'FAILED',
        attempts: MAX_WEBHOOK_ATTEMPTS,
      });
      expect(receiver.received).toHaveLength(MAX_WEBHOOK_ATTEMPTS);
      expect(new Set(receiver.received.map((sent) => sent.headers['webhook-id'])).size).toBe(1);

      // Redelivered by hand: sent again, same event id, and the receiver now takes it.
      receiver.status = 204;
      const deliveryId = log?.deliveries.nodes[0]?.id;
      const again = await partner.graphql<{ redeliverWebhook: { status: string } }>(
        'mutation ($id: ID!) { redeliverWebhook(id: $id) { status attempts } }',
        { id: deliveryId },
      );
      expect(again.data?.redeliverWebhook).toEqual({ status: 'PENDING', attempts: 0 });
      expect(await deliver()).toMatchObject({ delivered: 1 });
      log = await deliveriesOf(partner, endpoint.id);
      expect(log?.deliveries.nodes[0]).toMatchObject({ status: 'DELIVERED', lastStatusCode: 204 });
      expect(log?.consecutiveFailures).toBe(0);
    } finally {
      context.server.config.webhookMaxFailures = MAX_FAILURES;
    }
  });

  it('disable the endpoint after the configured failures in a row and email its owner', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['TEAM'] });
    receiver.status = 503;
    await renameTeam('Azusa Unified (failing receiver)');
    for (let attempt = 1; attempt <= MAX_FAILURES; attempt++) await deliver(attempt * 3600);
    const log = await deliveriesOf(partner, endpoint.id);
    expect(log).toMatchObject({ disabledAfterFailures: true, consecutiveFailures: MAX_FAILURES });
    expect(log?.disabledAt).not.toBeNull();
    const emails = (await context.server
      .em()
      .execute(
        "select to_address, subject, text_body from outbox_email where kind = 'webhook-endpoint-disabled'",
      )) as { to_address: string; subject: string; text_body: string }[];
    expect(emails).toEqual([
      {
        to_address: 'hooks.partner@example.org',
        subject: `Webhook endpoint disabled: ${receiver.url}`,
        text_body: expect.stringContaining(
          `after ${MAX_FAILURES} failed delivery attempts in a row`,
        ),
      },
    ]);
    // A disabled endpoint is sent nothing, even once the receiver would answer.
    receiver.status = 200;
    const before = receiver.received.length;
    await deliver(10 * 3600);
    expect(receiver.received).toHaveLength(before);
    // Enabled again by its owner: the waiting delivery goes out.
    const current = await firstRow<{ version: number }>(
      'select version from webhook_endpoint where id = ?',
      [endpoint.id],
    );
    const enabled = await partner.graphql(
      'mutation ($id: ID!, $version: Int!) { updateWebhookEndpoint(id: $id, version: $version, input: { enabled: true }) { disabledAt consecutiveFailures } }',
      { id: endpoint.id, version: current.version },
    );
    expect(enabled.data).toEqual({
      updateWebhookEndpoint: { disabledAt: null, consecutiveFailures: 0 },
    });
    expect(await deliver(20 * 3600)).toMatchObject({ delivered: 1 });
  });
});

describe('where webhooks may go', () => {
  it.each([
    ['https://127.0.0.1/hook', 'leads to 127.0.0.1, which is not a public internet address'],
    ['https://[::1]/hook', 'leads to ::1, which is not a public internet address'],
    [
      'https://[::ffff:10.0.0.8]/hook',
      'leads to ::ffff:a00:8, which is not a public internet address',
    ],
    ['https://10.1.2.3/hook', 'leads to 10.1.2.3, which is not a public internet address'],
    ['https://192.168.1.20/hook', 'leads to 192.168.1.20, which is not a public internet address'],
    [
      'https://169.254.169.254/latest',
      'leads to 169.254.169.254, which is not a public internet address',
    ],
    ['https://localhost:8443/hook', 'which is not a public internet address'],
    ['http://partner.example.org/hook', 'must use https'],
    ['ftp://partner.example.org/hook', 'must be an http or https URL'],
    ['https://user:secret@partner.example.org/hook', 'must not hold a user name or password'],
  ])('in production, refuses %s', async (url, problem) => {
    const refused = await resolvedProblem(url, { production: true });
    expect(refused?.render('en')).toContain(problem);
  });

  it('in production, accepts a public address, and outside production a local receiver', async () => {
    expect(await resolvedProblem('https://8.8.8.8/hook', { production: true })).toBeNull();
    expect(await resolvedProblem(receiver.url, { production: false })).toBeNull();
  });

  it('refuses registering a local receiver in production, naming the field, in either language', async () => {
    context.server.config.environment = 'production';
    const refused = await partner.graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { url: 'https://127.0.0.1:8443/hook', eventTypes: ['TEAM'] } },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'input.url',
          message: 'leads to 127.0.0.1, which is not a public internet address',
        },
      ],
    });
    const response = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'es',
        cookie: partner.credentials.cookie ?? '',
      },
      body: JSON.stringify({
        query:
          'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
        variables: { input: { url: 'http://partner.example.org/hook', eventTypes: ['TEAM'] } },
      }),
    });
    const spanish = (await response.json()) as { errors: { extensions: { fields: unknown[] } }[] };
    expect(spanish.errors[0]?.extensions.fields).toEqual([
      { path: 'input.url', message: 'debe usar https' },
    ]);
    const [{ count }] = (await context.server
      .em()
      .execute('select count(*)::int as count from webhook_endpoint')) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('checks the address again at delivery: a name now leading to a local address gets nothing', async () => {
    // Registered outside production, where a local receiver is allowed…
    const port = new URL(receiver.url).port;
    const endpoint = await register(partner, {
      url: `https://localhost:${port}/hook`,
      eventTypes: ['TEAM'],
    });
    await renameTeam('Azusa Unified (rebinding)');
    // …then delivered by a production server: localhost resolves to loopback, refused.
    context.server.config.environment = 'production';
    expect(await deliver()).toMatchObject({ retrying: 1, delivered: 0 });
    expect(receiver.received).toHaveLength(0);
    const log = await deliveriesOf(partner, endpoint.id);
    expect(log?.deliveries.nodes[0]?.lastError).toMatch(/which is not a public internet address$/);
    expect(log?.deliveries.nodes[0]?.lastStatusCode).toBeNull();
  });
});

describe('who keeps endpoints', () => {
  it('an API partner keeps their own; another partner neither sees nor changes them', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['TEAM'] });
    const seen = await otherPartner.graphql<{ webhookEndpoints: { totalCount: number } }>(
      '{ webhookEndpoints { totalCount } }',
    );
    expect(seen.data?.webhookEndpoints.totalCount).toBe(0);
    expect(await deliveriesOf(otherPartner, endpoint.id)).toBeNull();
    const changed = await otherPartner.graphql(
      'mutation ($id: ID!) { updateWebhookEndpoint(id: $id, version: 1, input: { enabled: false }) { id } }',
      { id: endpoint.id },
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stolen = await otherPartner.graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { ownerId: partnerAccountId, url: receiver.url, eventTypes: ['TEAM'] } },
    );
    expect(stolen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [{ count }] = (await context.server
      .em()
      .execute('select count(*)::int as count from webhook_endpoint')) as [{ count: number }];
    expect(count).toBe(1);
  });

  it('an API token reads its account’s endpoints but cannot change them', async () => {
    const endpoint = await register(partner, { url: receiver.url, eventTypes: ['TEAM'] });
    const api = context.server.withToken(await issueToken());
    const read = await api.graphql<{ webhookEndpoints: { nodes: { id: string }[] } }>(
      '{ webhookEndpoints { nodes { id } } }',
    );
    expect(read.data?.webhookEndpoints.nodes).toEqual([{ id: endpoint.id }]);
    const refused = await api.graphql(
      'mutation ($id: ID!) { renewWebhookSecret(id: $id) { secret } }',
      { id: endpoint.id },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a CEI admin registers one only for an API partner account', async () => {
    const notPartner = await context.server.graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { url: receiver.url, eventTypes: ['TEAM'] } },
    );
    expect(notPartner.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.ownerId' }],
    });
  });
});

async function issueToken(): Promise<string> {
  const issued = await context.server.graphql<{ issueApiToken: { token: string } }>(
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
    {
      input: {
        accountId: partnerAccountId,
        name: `Webhooks ${Math.random()}`,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  return issued.data?.issueApiToken.token ?? '';
}
