import { setTimeout as sleep } from 'node:timers/promises';
import { Language, SubscriptionStatus, uiLanguageOf } from '@cei/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken, TOKEN_PATTERN, tokenHash } from '../common/tokens.js';
import type { Config } from '../config/config.js';
import { queueEmail } from '../email/outbox.js';
import { scopeTo } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { systemViewer } from '../scope/viewer.js';
import { CONFIRMATION_VALID_DAYS, newsletterTexts } from './newsletter.texts.js';
import { consumeSubscribeLimits } from './rate-limit.js';
import { Subscription } from './subscription.entity.js';
import type { SubscribeInput } from './subscription.inputs.js';

/**
 * The newsletter's public side. Nobody signs in: the email address, or the random token in an
 * emailed link, is the only credential, so these functions read and write subscriptions
 * themselves rather than through the viewer's scope (the public reads no subscription), and the
 * audit log records the changes with the requester as actor.
 *
 * `subscribe` never tells whether an address was known: it always answers true, sends an email
 * in every case, and takes at least SUBSCRIBE_MIN_MS, so neither the answer, the outbox nor the
 * time taken differs between a new, a pending, a confirmed and an unsubscribed address.
 */
export const SUBSCRIBE_MIN_MS = 250;

/** A ScopedData that reads every subscription, audited as the requester. */
function unscoped(data: ScopedData): ScopedData {
  return new ScopedData(scopeTo(data.em.fork(), systemViewer), data.viewer);
}

export const confirmUrl = (config: Config, token: string) =>
  `${config.publicUrl}/newsletter/confirm/${token}`;
export const unsubscribeUrl = (config: Config, token: string) =>
  `${config.publicUrl}/newsletter/unsubscribe/${token}`;

export async function subscribe(
  data: ScopedData,
  config: Config,
  input: SubscribeInput,
  client: string,
): Promise<true> {
  const started = Date.now();
  const email = input.email.trim().toLowerCase();
  await consumeSubscribeLimits(data.em, email, client);
  try {
    await requestSubscription(data, config, input, email);
  } catch (error) {
    // Two requests for a new address at once: the second finds the first's row on a retry.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    await requestSubscription(data, config, input, email);
  }
  await sleep(Math.max(0, started + SUBSCRIBE_MIN_MS - Date.now()));
  return true;
}

/**
 * A confirmed address gets a note that it is subscribed already (and nothing about it changes:
 * a stranger may not rename a subscriber). Any other gets a fresh confirmation link, and the
 * details given: until it is confirmed, a sign-up is only a request.
 */
async function requestSubscription(
  data: ScopedData,
  config: Config,
  input: SubscribeInput,
  email: string,
): Promise<void> {
  await unscoped(data).transaction(async (tx) => {
    const existing = await tx.em.findOne(Subscription, { email });
    if (existing?.status === SubscriptionStatus.CONFIRMED) {
      const texts = newsletterTexts[uiLanguageOf(existing.language)].alreadySubscribedEmail;
      await queueEmail(tx.em, {
        to: email,
        subject: texts.subject,
        text: texts.body(existing.name ?? null),
        kind: 'newsletter-already-subscribed',
      });
      return;
    }
    const confirmToken = newToken();
    const unsubscribeToken = newToken();
    const subscription =
      existing ??
      tx.em.create(Subscription, { email, unsubscribeTokenHash: tokenHash(unsubscribeToken) });
    Object.assign(subscription, {
      name: input.name?.trim() || null,
      organizationName: input.organizationName?.trim() || null,
      language: input.language ?? Language.ENGLISH,
      status: SubscriptionStatus.PENDING,
      confirmTokenHash: tokenHash(confirmToken),
      unsubscribeTokenHash: tokenHash(unsubscribeToken),
      confirmedAt: null,
      unsubscribedAt: null,
    });
    await tx.em.flush();
    const texts = newsletterTexts[uiLanguageOf(subscription.language)].confirmationEmail;
    await queueEmail(tx.em, {
      to: email,
      subject: texts.subject,
      text: texts.body(
        subscription.name ?? null,
        confirmUrl(config, confirmToken),
        unsubscribeUrl(config, unsubscribeToken),
      ),
      kind: 'newsletter-confirmation',
    });
  });
}

/** The pending subscription a confirmation link is for, while the link is valid. */
export function subscriptionToConfirm(
  data: ScopedData,
  token: string,
): Promise<Subscription | null> {
  return findToConfirm(unscoped(data).em, token);
}

/** The subscription an unsubscribe link is for, whatever its status. */
export function subscriptionToUnsubscribe(
  data: ScopedData,
  token: string,
): Promise<Subscription | null> {
  return findToUnsubscribe(unscoped(data).em, token);
}

/** Confirms by a link's token, once; null when the link is unknown, used or expired. */
export async function confirmSubscription(
  data: ScopedData,
  token: string,
): Promise<Subscription | null> {
  return unscoped(data).transaction(async (tx) => {
    const subscription = await findToConfirm(tx.em, token);
    if (!subscription) return null;
    subscription.status = SubscriptionStatus.CONFIRMED;
    subscription.confirmedAt = new Date();
    subscription.confirmTokenHash = null;
    await tx.em.flush();
    return subscription;
  });
}

/** Unsubscribes by a link's token (again is fine); null when the link is unknown. */
export async function unsubscribe(data: ScopedData, token: string): Promise<Subscription | null> {
  return unscoped(data).transaction(async (tx) => {
    const subscription = await findToUnsubscribe(tx.em, token);
    if (!subscription) return null;
    if (subscription.status !== SubscriptionStatus.UNSUBSCRIBED) {
      subscription.status = SubscriptionStatus.UNSUBSCRIBED;
      subscription.unsubscribedAt = new Date();
      subscription.confirmTokenHash = null;
      await tx.em.flush();
    }
    return subscription;
  });
}

/**
 * A pending subscription changes only when a link is sent, so its `updatedAt` is when the
 * current link was sent.
 */
async function findToConfirm(em: EntityManager, token: string): Promise<Subscription | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return em.findOne(Subscription, {
    confirmTokenHash: tokenHash(token),
    status: SubscriptionStatus.PENDING,
    updatedAt: { $gt: new Date(Date.now() - CONFIRMATION_VALID_DAYS * 86_400_000) },
  });
}

async function findToUnsubscribe(em: EntityManager, token: string): Promise<Subscription | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return em.findOne(Subscription, { unsubscribeTokenHash: tokenHash(token) });
}
