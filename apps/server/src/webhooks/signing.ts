import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint's (or a renewed secret's) seed: 256 random bits. */
export function newSecretSeed(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * An endpoint's signing secret, derived from its seed and SESSION_SECRET, so the database alone
 * holds nothing that signs: `whsec_` and 43 base64url characters.
 */
export function signingSecret(sessionSecret: string, endpointId: string, seed: string): string {
  const key = createHmac('sha256', sessionSecret)
    .update(`webhook-secret\u0000${endpointId}\u0000${seed}`)
    .digest('base64url');
  return `whsec_${key}`;
}

/** The signature header fields of a delivery, e.g. `Webhook-Signature: v1=<hex>`. */
export const SIGNATURE_HEADER = 'webhook-signature';
export const TIMESTAMP_HEADER = 'webhook-timestamp';
export const ID_HEADER = 'webhook-id';
export const EVENT_HEADER = 'webhook-event';

/**
 * HMAC-SHA256, keyed with the endpoint's secret, over `<timestamp>.<body>`: the timestamp (Unix
 * seconds, in its own header) is signed with the body, so a receiver that refuses old
 * timestamps (docs/partners.md: five minutes) refuses a replayed delivery.
 */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
