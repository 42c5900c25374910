import { createHash, randomBytes } from 'node:crypto';

/** A new secret token: 256 random bits, base64url (43 characters after any prefix). */
export function newToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What an unprefixed `newToken` looks like, to refuse anything else before a lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 of a token, hex: what is stored in place of a token sent in a link. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
