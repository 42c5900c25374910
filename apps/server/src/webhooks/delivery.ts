import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Role, WebhookAction, WebhookDeliveryStatus, type WebhookEventType } from '@cei/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import ipaddr from 'ipaddr.js';
import type { Logger } from 'pino';
import { Account } from '../accounts/account.entity.js';
import { viewerOf } from '../accounts/credentials.js';
import type { Config } from '../config/config.js';
import { queueEmail } from '../email/outbox.js';
import type { Message } from '../i18n/messages.js';
import { ALL, readableRows } from '../scope/rules.js';
import { systemFork } from '../scope/scope-filter.js';
import {
  type AddressPolicy,
  addressProblem,
  checkedLookup,
  RefusedAddress,
  urlProblem,
} from './endpoint-address.js';
import { payloadFor } from './payloads.js';
import {
  EVENT_HEADER,
  ID_HEADER,
  SIGNATURE_HEADER,
  signature,
  signingSecret,
  TIMESTAMP_HEADER,
} from './signing.js';
import { WebhookEndpoint } from './webhook.entity.js';
import { webhookMessages as m } from './webhook.messages.js';
import { disabledEndpointEmail } from './webhook.texts.js';

/** Attempts at one delivery before it is given up as FAILED. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
/** The wait after the first failed attempt, doubling after each: 30 s, 1, 2, 4, 8, 16, 32 min. */
const FIRST_RETRY_SECONDS = 30;
const LONGEST_RETRY_SECONDS = 60 * 60;
/** How long a receiver may take to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Deliveries claimed per transaction, and events fanned out per statement. */
const BATCH_SIZE = 25;
const FAN_OUT_SIZE = 1000;
/** How long the delivery log keeps a delivery that is over (delivered, skipped, failed). */
export const DELIVERY_LOG_DAYS = 30;
/** How long a run claims new batches: within the job's one-minute expiry. */
const DELIVERY_RUN_MS = 40_000;

/** The entity a kind of event is about, for the read rule of a deleted record. */
const ENTITY_OF: Record<WebhookEventType, string> = {
  TEAM: 'Team',
  MEMBERSHIP: 'Membership',
  CONVENING: 'Convening',
  DELIVERABLE: 'Deliverable',
  ATTENDANCE_SUMMARY: 'Convening',
};

export interface WebhookDeliveryOptions {
  config: Config;
  logger: Logger;
  /** For tests: a receiver's time to answer. */
  timeoutMs?: number;
}

export interface WebhookDeliveryResult {
  delivered: number;
  skipped: number;
  failed: number;
  retrying: number;
  disabledEndpoints: number;
}

interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: WebhookEventType;
  action: WebhookAction;
  record_id: string;
  occurred_at: Date;
  attempts: number;
}

/**
 * Sends the webhook outbox, as email/delivery.ts sends the email one. First each new event
 * becomes one delivery per enabled endpoint subscribed to its kind (and registered before it
 * happened), and is deleted, in one statement. Then batches of due deliveries are claimed and
 * committed (FOR UPDATE SKIP LOCKED; one more attempt counted and the next attempt pushed to its
 * retry time, which keeps them out of every other deliverer's sight); each is then rendered as
 * its owner may read it now (webhooks/payloads.ts: a changed scope stops events at once), signed,
 * sent to an address checked again now, and its outcome recorded at once, outside any
 * transaction. A delivery is retried with a doubling wait (30 s up to an hour) until
 * MAX_WEBHOOK_ATTEMPTS; an endpoint failing `webhookMaxFailures` attempts in a row is disabled
 * and its owner emailed (through the email outbox, in the same transaction). Deliveries that are
 * over leave the log DELIVERY_LOG_DAYS after their last change.
 */
export async function deliverWebhooks(
  orm: MikroORM,
  options: WebhookDeliveryOptions,
  now: () => Date = () => new Date(),
): Promise<WebhookDeliveryResult> {
  const result: WebhookDeliveryResult = {
    delivered: 0,
    skipped: 0,
    failed: 0,
    retrying: 0,
    disabledEndpoints: 0,
  };
  const em = systemFork(orm);
  await em
    .getConnection()
    .execute(`delete from webhook_delivery where status <> 'PENDING' and updated_at < ?`, [
      new Date(now().getTime() - DELIVERY_LOG_DAYS * 86_400_000),
    ]);
  while ((await fanOut(em)) === FAN_OUT_SIZE);
  const stopClaimingAt = Date.now() + DELIVERY_RUN_MS;
  while (Date.now() < stopClaimingAt) {
    const claimed = await claimBatch(em, now());
    for (const delivery of claimed) {
      const outcome = await attempt(orm, delivery, options, now).catch(
        async (error: unknown): Promise<Outcome> => {
          // One delivery that cannot be prepared stops no other; it is retried at its time.
          options.logger.error({ err: error, deliveryId: delivery.id }, 'webhook delivery failed');
          const givenUp = delivery.attempts >= MAX_WEBHOOK_ATTEMPTS;
          await em
            .getConnection()
            .execute(
              `update webhook_delivery set last_attempt_at = ?, last_problem = ?${givenUp ? ", status = 'FAILED'" : ''} where id = ?`,
              [now(), JSON.stringify(m.notPrepared().toStored()), delivery.id],
            );
          return { kind: givenUp ? 'failed' : 'retrying' };
        },
      );
      result[outcome.kind]++;
      if (outcome.disabled) result.disabledEndpoints++;
    }
    if (claimed.length < BATCH_SIZE) break;
  }
  return result;
}

/** New events into deliveries, then gone; the number of events taken. */
async function fanOut(em: EntityManager): Promise<number> {
  const [row] = (await em.getConnection().execute(
    `with taken as (
       delete from webhook_event where id in (
         select id from webhook_event order by occurred_at limit ${FAN_OUT_SIZE} for update skip locked)
       returning *),
     made as (
       insert into webhook_delivery (id, version, created_at, updated_at, endpoint_id, event_id,
         event_type, action, record_id, occurred_at, status, attempts, next_attempt_at)
       select gen_random_uuid(), 1, now(), now(), p.id, t.id, t.type, t.action, t.record_id,
         t.occurred_at, 'PENDING', 0, t.occurred_at
       from taken t join webhook_endpoint p on p.disabled_at is null
         and t.type = any(p.event_types) and p.created_at <= t.occurred_at
       returning 1)
     select (select count(*) from taken)::int as events, (select count(*) from made)::int as made`,
  )) as { events: number }[];
  return row?.events ?? 0;
}

/** Due deliveries of enabled endpoints, each counted as one more attempt, committed before any is sent. */
function claimBatch(em: EntityManager, at: Date): Promise<ClaimedDelivery[]> {
  return em.getConnection().execute(
    `update webhook_delivery d
     set attempts = d.attempts + 1, version = d.version + 1, updated_at = ?,
       next_attempt_at = ?::timestamptz
         + least(${LONGEST_RETRY_SECONDS}, ${FIRST_RETRY_SECONDS} * power(2, d.attempts)) * interval '1 second'
     where d.id in (
       select w.id from webhook_delivery w
       join webhook_endpoint p on p.id = w.endpoint_id and p.disabled_at is null
       where w.status = 'PENDING' and w.next_attempt_at <= ?
       order by w.next_attempt_at, w.id
       limit ${BATCH_SIZE}
       for update of w skip locked)
     returning d.id, d.endpoint_id, d.event_id, d.event_type, d.action, d.record_id, d.occurred_at, d.attempts`,
    [at, at, at],
  );
}

type Outcome = { kind: 'delivered' | 'skipped' | 'failed' | 'retrying'; disabled?: boolean };

async function attempt(
  orm: MikroORM,
  delivery: ClaimedDelivery,
  { config, logger, timeoutMs = WEBHOOK_TIMEOUT_MS }: WebhookDeliveryOptions,
  now: () => Date,
): Promise<Outcome> {
  const em = systemFork(orm);
  const record = (changes: Record<string, unknown>) =>
    em.getConnection().execute(
      `update webhook_delivery set ${Object.keys(changes)
        .map((column) => `${column} = ?`)
        .join(', ')}, updated_at = ? where id = ?`,
      [...Object.values(changes), now(), delivery.id],
    );
  const skip = async (problem: Message): Promise<Outcome> => {
    await record({
      status: WebhookDeliveryStatus.SKIPPED,
      last_attempt_at: now(),
      last_problem: JSON.stringify(problem.toStored()),
    });
    return { kind: 'skipped' };
  };

  const endpoint = await em.findOneOrFail(WebhookEndpoint, delivery.endpoint_id);
  const owner = await em.findOneOrFail(Account, endpoint.owner.id);
  if (owner.disabledAt || owner.role !== Role.API_PARTNER) return skip(m.ownerCannotReceive());
  // The owner's scope as it is now, read afresh: a change takes effect on the next delivery.
  const viewer = await viewerOf(em, owner, 'token');
  let data: Record<string, unknown> | null;
  if (delivery.action === WebhookAction.DELETED) {
    // A deleted record cannot be read any more: its id is sent only of records everyone with
    // the owner's role may read (the public tier).
    const rows = readableRows({ name: ENTITY_OF[delivery.event_type] } as never, viewer);
    data = rows === ALL ? { id: delivery.record_id } : null;
  } else {
    data = await payloadFor(orm, config, viewer, delivery.event_type, delivery.record_id);
  }
  if (!data) return skip(m.outOfScope());

  const body = JSON.stringify({
    id: delivery.event_id,
    type: `${delivery.event_type.toLowerCase()}.${delivery.action.toLowerCase()}`,
    occurredAt: new Date(delivery.occurred_at).toISOString(),
    data,
  });
  const timestamp = Math.floor(now().getTime() / 1000);
  const secret = signingSecret(config.sessionSecret, endpoint.id, endpoint.secretSeed);
  const started = performance.now();
  const sent = await post(
    endpoint.url,
    {
      'content-type': 'application/json',
      'user-agent': 'CEI-Webhooks/1',
      [ID_HEADER]: delivery.event_id,
      [EVENT_HEADER]: `${delivery.event_type.toLowerCase()}.${delivery.action.toLowerCase()}`,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signature(secret, timestamp, body),
    },
    body,
    { production: config.environment === 'production' },
    timeoutMs,
  );
  const durationMs = Math.round(performance.now() - started);

  if ('status' in sent && sent.status >= 200 && sent.status < 300) {
    await record({
      status: WebhookDeliveryStatus.DELIVERED,
      delivered_at: now(),
      last_attempt_at: now(),
      last_status_code: sent.status,
      last_duration_ms: durationMs,
      last_problem: null,
    });
    await em
      .getConnection()
      .execute('update webhook_endpoint set consecutive_failures = 0 where id = ?', [endpoint.id]);
    return { kind: 'delivered' };
  }

  const problem = 'status' in sent ? m.answeredWithStatus({ status: sent.status }) : sent.problem;
  const givenUp = delivery.attempts >= MAX_WEBHOOK_ATTEMPTS;
  await record({
    ...(givenUp ? { status: WebhookDeliveryStatus.FAILED } : {}),
    last_attempt_at: now(),
    last_status_code: 'status' in sent ? sent.status : null,
    last_duration_ms: durationMs,
    last_problem: JSON.stringify(problem.toStored()),
  });
  logger.warn(
    { deliveryId: delivery.id, endpointId: endpoint.id, attempts: delivery.attempts },
    `webhook delivery failed: ${problem.render('en')}${givenUp ? '; giving up' : '; will retry'}`,
  );
  const disabled = await countFailure(em, endpoint, owner, config, now());
  return { kind: givenUp ? 'failed' : 'retrying', disabled };
}

/**
 * One more failure in a row for the endpoint; at the configured maximum it is disabled and its
 * owner emailed, in one transaction (once: a second deliverer finds it disabled already).
 */
async function countFailure(
  em: EntityManager,
  endpoint: WebhookEndpoint,
  owner: Account,
  config: WebhookDeliveryOptions['config'],
  at: Date,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const [counted] = (await tx.getConnection().execute(
      `update webhook_endpoint set consecutive_failures = consecutive_failures + 1
       where id = ? returning consecutive_failures`,
      [endpoint.id],
      'all',
      tx.getTransactionContext(),
    )) as { consecutive_failures: number }[];
    if (!counted || counted.consecutive_failures < config.webhookMaxFailures) return false;
    const disabled = (await tx.getConnection().execute(
      `update webhook_endpoint set disabled_at = ?, disabled_after_failures = true,
         version = version + 1, updated_at = ?
       where id = ? and disabled_at is null returning id`,
      [at, at, endpoint.id],
      'all',
      tx.getTransactionContext(),
    )) as { id: string }[];
    if (disabled.length === 0) return false;
    await queueEmail(tx, {
      to: owner.email,
      ...disabledEndpointEmail(
        endpoint,
        counted.consecutive_failures,
        { name: owner.displayName, language: owner.language ?? 'en' },
        config.publicUrl,
      ),
      kind: 'webhook-endpoint-disabled',
      dedupeKey: `webhook-endpoint-disabled:${endpoint.id}:${at.toISOString()}`,
    });
    return true;
  });
}

/** A POST to a receiver whose address is checked as it is connected to; its status, or why none. */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: AddressPolicy,
  timeoutMs: number,
): Promise<{ status: number } | { problem: Message }> {
  const problem = urlProblem(url, policy);
  if (problem) return Promise.resolve({ problem });
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup: checked here.
  const literalProblem = policy.production && ipaddr.isValid(host) ? addressProblem(host) : null;
  if (literalProblem) return Promise.resolve({ problem: literalProblem });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const outgoing = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        lookup: checkedLookup(policy),
        timeout: timeoutMs,
      },
      (response) => {
        // The answer's body is not kept: only its status counts.
        response.resume();
        resolve({ status: response.statusCode ?? 0 });
      },
    );
    outgoing.on('timeout', () => {
      outgoing.destroy();
      resolve({ problem: m.noAnswer({ seconds: Math.round(timeoutMs / 1000) }) });
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof RefusedAddress) resolve({ problem: error.problem });
      else resolve({ problem: m.couldNotConnect({ reason: error.code ?? error.message }) });
    });
    outgoing.end(body);
  });
}
