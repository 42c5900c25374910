import { createHmac } from 'node:crypto';
import { OrganizationKind, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken } from '../common/tokens.js';
import { preparedRows } from '../database/prepared.js';
import { Organization } from '../organizations/organization.entity.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import type { Viewer } from '../scope/viewer.js';
import { Account, ScopeBinding } from './account.entity.js';
import { Session } from './session.entity.js';

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

/**
 * The account behind a credential (`credential` is a CTE: `found` with account_id, role,
 * person_id), its scope bindings and the bookkeeping write (`touched`), in one statement: the
 * viewer is known before any GraphQL runs at the cost of a single round trip, and read fresh on
 * every request, so a disabled account or a changed role or scope takes effect at once.
 */
async function viewerFromCredential(
  em: EntityManager,
  credential: string,
  params: unknown[],
  via: Viewer['via'],
): Promise<Viewer | null> {
  const rows: {
    account_id: string;
    role: Role;
    person_id: string | null;
    county_office_ids: string[];
    organization_ids: string[];
    team_ids: string[];
    credential_id: string;
    request_limit: number | null;
    cost_limit: number | null;
  }[] = await preparedRows(
    em,
    `viewer-of-${via}`,
    `with ${credential}
     select f.account_id, f.role, f.person_id, f.credential_id, f.request_limit, f.cost_limit,
       coalesce(array_agg(o.id::text) filter (where o.kind = 'COUNTY_OFFICE'), '{}') as county_office_ids,
       coalesce(array_agg(o.id::text) filter (where o.kind <> 'COUNTY_OFFICE'), '{}') as organization_ids,
       coalesce(array_agg(b.team_id::text) filter (where b.team_id is not null), '{}') as team_ids,
       (select count(*) from touched) as touched
     from found f
     left join scope_binding b on b.account_id = f.account_id
     left join organization o on o.id = b.organization_id
     group by f.account_id, f.role, f.person_id, f.credential_id, f.request_limit, f.cost_limit`,
    params,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    accountId: row.account_id,
    personId: row.person_id,
    role: row.role,
    via,
    countyOfficeIds: row.county_office_ids,
    organizationIds: row.organization_ids,
    teamIds: row.team_ids,
    credential: {
      id: row.credential_id,
      requestLimit: row.request_limit,
      costLimit: row.cost_limit,
    },
  };
}

/** The viewer of a session cookie, or null when it is unknown, ended, idle, expired or disabled. */
export function viewerForSession(
  em: EntityManager,
  secret: string,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  return viewerFromCredential(
    em,
    `found as (
       select s.id as session_id, a.id as account_id, a.role, a.person_id,
         s.id as credential_id, null::int as request_limit, null::int as cost_limit
       from session s join account a on a.id = s.account_id
       where s.token_hash = ? and s.ended_at is null and s.expires_at > ?
         and s.last_seen_at >= ? and a.disabled_at is null),
     touched as (
       update session set last_seen_at = ?
       where id = (select session_id from found) and last_seen_at < ? returning id)`,
    [
      keyedHash(secret, token),
      now,
      new Date(now.getTime() - SESSION_IDLE_MS),
      now,
      new Date(now.getTime() - TOUCH_AFTER_MS),
    ],
    'session',
  );
}

/** The viewer of an API token (API partners only), or null when unknown, revoked or expired. */
export function viewerForApiToken(
  em: EntityManager,
  secret: string,
  token: string,
  now = new Date(),
): Promise<Viewer | null> {
  return viewerFromCredential(
    em,
    `found as (
       select k.id as token_id, a.id as account_id, a.role, a.person_id,
         k.id as credential_id, k.request_limit, k.cost_limit
       from api_token k join account a on a.id = k.account_id
       where k.token_hash = ? and k.revoked_at is null and k.expires_at > ?
         and a.disabled_at is null and a.role = '${Role.API_PARTNER}'),
     touched as (
       update api_token set last_used_at = ?
       where id = (select token_id from found) and (last_used_at is null or last_used_at < ?)
       returning id)`,
    [keyedHash(secret, token), now, now, new Date(now.getTime() - TOUCH_AFTER_MS)],
    'token',
  );
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
