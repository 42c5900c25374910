import argon2 from 'argon2';
import type { Message } from '../i18n/messages.js';
import { accountMessages as m } from './account.messages.js';

/** OWASP's minimum for Argon2id: 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): Message | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return m.passwordTooShort({ min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return m.passwordTooLong({ max: MAX_PASSWORD_LENGTH });
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a hash. With no hash (unknown email, no password set) it still
 * verifies against a dummy, so the answer takes as long and says nothing about the account.
 */
export async function verifyPassword(
  hash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('a password no account has, to spend the same time');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
