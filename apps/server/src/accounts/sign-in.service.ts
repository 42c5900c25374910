import { setTimeout as sleep } from 'node:timers/promises';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError, UnauthenticatedError } from '../common/errors.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import { Account } from './account.entity.js';
import { accountMessages as m } from './account.messages.js';
import { endAllSessions, startSession } from './credentials.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MS = 15 * 60_000;

/** One answer for every failure: it never tells an unknown email from a wrong password. */
export const SIGN_IN_FAILED = m.signInFailed().render('en');

/** Each failure in a row waits longer before answering: 250 ms, 500 ms, … up to 4 s. */
export function failureDelayMs(failures: number): number {
  return Math.min(250 * 2 ** Math.max(0, failures - 1), 4000);
}

export interface SignInResult {
  account: Account;
  sessionToken: string;
}

/**
 * Checks an email and password and starts a new session (a new token at every sign-in, so a
 * token planted before sign-in is worthless). Failures are counted per account; the tenth in a
 * row locks it for 15 minutes.
 */
export async function signIn(
  em: EntityManager,
  secret: string,
  email: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  // Before sign-in there is no viewer: finding the account is identity work, not a read.
  const account = await em.findOne(Account, { email: email.trim().toLowerCase() }, UNSCOPED);
  const locked = Boolean(account?.lockedUntil && account.lockedUntil > now);
  const passwordMatches = await verifyPassword(locked ? null : account?.passwordHash, password);
  if (!account || locked || !passwordMatches || account.disabledAt) {
    let failures = 1;
    if (account && !locked) {
      failures = account.failedSignIns + 1;
      const lock = failures >= LOCK_AFTER_FAILURES;
      await recordSignIn(em, account, {
        failedSignIns: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + LOCK_MS) : null,
      });
    }
    await sleep(failureDelayMs(failures));
    throw new UnauthenticatedError(m.signInFailed());
  }
  await recordSignIn(em, account, { failedSignIns: 0, lockedUntil: null, lastSignInAt: now });
  const sessionToken = startSession(em, secret, account, now);
  await em.flush();
  return { account, sessionToken };
}

/**
 * Sign-in bookkeeping is written around the entity's version: it is not an edit, and must not
 * turn an admin's open edit of the account into a conflict.
 */
async function recordSignIn(
  em: EntityManager,
  account: Account,
  changes: { failedSignIns: number; lockedUntil: Date | null; lastSignInAt?: Date },
): Promise<void> {
  // Naming the version keeps MikroORM from incrementing it.
  await em.nativeUpdate(
    Account,
    { id: account.id },
    { ...changes, version: raw('version') },
    UNSCOPED,
  );
  await em.refresh(account, UNSCOPED);
}

/**
 * A user changes their own password: the current one is checked, every session ends, and a new
 * one starts for this browser (its token is returned for the cookie).
 */
export async function changePassword(
  em: EntityManager,
  secret: string,
  account: Account,
  currentPassword: string,
  newPassword: string,
): Promise<string> {
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw InvalidInputError.field('input.currentPassword', m.notCurrentPassword());
  }
  const problem = passwordProblem(newPassword);
  if (problem) throw InvalidInputError.field('input.newPassword', problem);
  account.passwordHash = await hashPassword(newPassword);
  await endAllSessions(em, account.id);
  const sessionToken = startSession(em, secret, account);
  await em.flush();
  return sessionToken;
}
