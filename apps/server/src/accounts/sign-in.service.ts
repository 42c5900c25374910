import { setTimeout as sleep } from 'node:timers/promises';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError, UnauthenticatedError } from '../common/errors.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import { Account } from './account.entity.js';
import { accountMessages as m } from './account.messages.js';
import { endAllSessions, startSession } from './credentials.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import type { SignInLimits } from './sign-in-limits.js';

/** One answer for every failure: it never tells an unknown email from a wrong password. */
export const SIGN_IN_FAILED = m.signInFailed().render('en');

/**
 * The least time a refusal takes, from the request's start: longer than checking a password, so
 * an unknown email, a wrong password and a blocked attempt all take the same time.
 */
export const SIGN_IN_FLOOR_MS = 500;

/**
 * On top of the floor, each failure for an email within the window (SIGN_IN_LIMITS.perEmail)
 * waits longer: 250 ms, 500 ms, … up to 4 s. Keyed by the email, never by whether an account has
 * it.
 */
export function failureDelayMs(failures: number): number {
  return Math.min(250 * 2 ** Math.max(0, failures - 1), 4000);
}

export interface SignInResult {
  account: Account;
  sessionToken: string;
}

/**
 * Checks an email and password and starts a new session (a new token at every sign-in, so a
 * token planted before sign-in is worthless). Failures are counted by sign-in-limits.ts; over a
 * limit the attempt is refused whatever the password, with the same answer at the same time.
 */
export async function signIn(
  em: EntityManager,
  secret: string,
  attempt: { email: string; password: string; client: string; limits: SignInLimits },
  now = new Date(),
): Promise<SignInResult> {
  const started = performance.now();
  const email = attempt.email.trim().toLowerCase();
  const { blocked } = await attempt.limits.check(email, attempt.client);
  // Before sign-in there is no viewer: finding the account is identity work, not a read.
  const account = await em.findOne(Account, { email }, UNSCOPED);
  // A blocked attempt still checks a password (a dummy one), so it takes as long as the others.
  const hash = blocked ? null : account?.passwordHash;
  const passwordMatches = await verifyPassword(hash, attempt.password);
  if (!account || blocked || !passwordMatches || account.disabledAt) {
    const failures = await attempt.limits.failed(email, attempt.client);
    const answerAt = started + SIGN_IN_FLOOR_MS + failureDelayMs(failures);
    await sleep(Math.max(0, answerAt - performance.now()));
    throw new UnauthenticatedError(m.signInFailed());
  }
  await attempt.limits.succeeded(email, attempt.client);
  await recordSignIn(em, account, now);
  const sessionToken = startSession(em, secret, account, now);
  await em.flush();
  return { account, sessionToken };
}

/**
 * Sign-in bookkeeping is written around the entity's version: it is not an edit, and must not
 * turn an admin's open edit of the account into a conflict.
 */
async function recordSignIn(em: EntityManager, account: Account, now: Date): Promise<void> {
  // Naming the version keeps MikroORM from incrementing it.
  await em.nativeUpdate(
    Account,
    { id: account.id },
    { lastSignInAt: now, version: raw('version') },
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
