import { createHmac } from 'node:crypto';
import { OrganizationKind, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken } from '../common/tokens.js';
import { Organization } from '../organizations/organization.entity.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import type { Viewer } from '../scope/viewer.js';
import { Account, ScopeBinding } from './account.entity.js';
import { ApiToken, Session } from './session.entity.js';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_MAX_MS = 8 * 60 * 60_000;
/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_AFTER_MS = 60_000;

/** Tokens are stored as HMACs keyed with SESSION_SECRET: a copy of the database signs no one in. */
export function keyedHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

/** Starts a session for an account and returns the token for its cookie. */
export function startSession(
  em: EntityManager,
  secret: string,
  account: Account,
  now = new Date(),
): string {
  const token = newToken();
  em.create(Session, {
    account: ref(account),
    tokenHash: keyedHash(secret, token),
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_MS),
  });
  return token;
}

export async function endSession(em: EntityManager, secret: string, token: string): Promise<void> {
  await em.nativeUpdate(
    Session,
    { tokenHash: keyedHash(secret, token), endedAt: null },
    { endedAt: new Date() },
    UNSCOPED,
  );
}

/** Ends every session of an account at once (disabled, role or scope changed, password changed). */
export async function endAllSessions(em: EntityManager, accountId: string): Promise<void> {
  await em.nativeUpdate(
    Session,
    { account: accountId, endedAt: null },
    { endedAt: new Date() },
    UNSCOPED,
  );
}

/** The viewer of a session cookie, or null when it is unknown, ended, idle, expired or disabled. */
export async function viewerForSession(
  em: EntityManager,
  secret: string,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  const session = await em.findOne(Session, { tokenHash: keyedHash(secret, token) }, UNSCOPED);
  if (!session || session.endedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  const account = await em.findOne(Account, { id: session.account.id }, UNSCOPED);
  if (!account || account.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now }, UNSCOPED);
  }
  return viewerOf(em, account, 'session');
}

/** The viewer of an API token (API partners only), or null when unknown, revoked or expired. */
export async function viewerForApiToken(
  em: EntityManager,
  secret: string,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  const apiToken = await em.findOne(ApiToken, { tokenHash: keyedHash(secret, token) }, UNSCOPED);
  if (!apiToken || apiToken.revokedAt || apiToken.expiresAt <= now) return null;
  const account = await em.findOne(Account, { id: apiToken.account.id }, UNSCOPED);
  if (!account || account.disabledAt || account.role !== Role.API_PARTNER) return null;
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now }, UNSCOPED);
  }
  return viewerOf(em, account, 'token');
}

/** An account's role and scope bindings, as the viewer the scope layer works from. */
export async function viewerOf(
  em: EntityManager,
  account: Account,
  via: Viewer['via'],
): Promise<Viewer> {
  const bindings = await em.find(ScopeBinding, { account: account.id }, UNSCOPED);
  const organizationIds = bindings.flatMap((binding) =>
    binding.organization ? [binding.organization.id] : [],
  );
  const organizations = organizationIds.length
    ? await em.find(Organization, { id: { $in: organizationIds } }, UNSCOPED)
    : [];
  return {
    accountId: account.id,
    personId: account.person?.id ?? null,
    role: account.role,
    via,
    countyOfficeIds: organizations
      .filter((org) => org.kind === OrganizationKind.COUNTY_OFFICE)
      .map((org) => org.id),
    organizationIds: organizations
      .filter((org) => org.kind !== OrganizationKind.COUNTY_OFFICE)
      .map((org) => org.id),
    teamIds: bindings.flatMap((binding) => (binding.team ? [binding.team.id] : [])),
  };
}
