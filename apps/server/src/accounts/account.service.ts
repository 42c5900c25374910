import { OrganizationKind, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyInput } from '../common/apply-input.js';
import { InvalidInputError } from '../common/errors.js';
import { newToken } from '../common/tokens.js';
import { enumValue, type Message } from '../i18n/messages.js';
import { Organization } from '../organizations/organization.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Team } from '../teams/team.entity.js';
import { Account, ScopeBinding } from './account.entity.js';
import type {
  CreateAccountInput,
  UpdateAccountInput,
  UpdateApiTokenInput,
} from './account.inputs.js';
import { accountMessages as m } from './account.messages.js';
import { endAllSessions, keyedHash } from './credentials.js';
import { hashPassword, passwordProblem } from './password.js';
import { ApiToken } from './session.entity.js';

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  password?: string | null;
  language?: 'en' | 'es';
  /** County offices (liaison) or an organization (CBO partner). */
  organizationIds?: string[];
  /** Teams (team lead). */
  teamIds?: string[];
}

/** The bindings each role needs: a liaison's county offices, a partner's CBO, a lead's teams. */
export function scopeProblems(
  role: Role,
  organizations: Organization[],
  teamIds: string[],
): Message | null {
  if (
    role === Role.COE_LIAISON &&
    (organizations.length === 0 ||
      organizations.some((org) => org.kind !== OrganizationKind.COUNTY_OFFICE))
  ) {
    return m.liaisonScope();
  }
  if (
    role === Role.CBO_PARTNER &&
    (organizations.length !== 1 ||
      organizations[0]?.kind !== OrganizationKind.COMMUNITY_ORGANIZATION)
  ) {
    return m.partnerScope();
  }
  if (role === Role.TEAM_LEAD && teamIds.length === 0) return m.leadScope();
  const bindsNothing =
    role === Role.CEI_ADMIN || role === Role.CEI_STAFF || role === Role.API_PARTNER;
  if (bindsNothing && (organizations.length > 0 || teamIds.length > 0))
    return m.noBindings({ role: enumValue('Role', role) });
  if (role !== Role.TEAM_LEAD && teamIds.length > 0) return m.teamsOnlyForLeads();
  return null;
}

/** Creates an account with its scope bindings (system use: seed data, the first admin, tests). */
export async function createAccountRecord(em: EntityManager, input: NewAccount): Promise<Account> {
  const problem = input.password ? passwordProblem(input.password) : null;
  if (problem) throw InvalidInputError.field('input.password', problem);
  const organizations = input.organizationIds?.length
    ? await em.find(Organization, { id: { $in: input.organizationIds } })
    : [];
  const teamIds = input.teamIds ?? [];
  const scope = scopeProblems(input.role, organizations, teamIds);
  if (scope) throw InvalidInputError.field('input.scope', scope);
  const account = em.create(Account, {
    email: input.email.trim().toLowerCase(),
    displayName: input.displayName,
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    language: input.language ?? null,
  });
  for (const organization of organizations)
    em.create(ScopeBinding, { account: ref(account), organization: ref(organization) });
  for (const teamId of teamIds)
    em.create(ScopeBinding, { account: ref(account), team: ref(em.getReference(Team, teamId)) });
  await em.flush();
  return account;
}

/**
 * An admin changes an account. Role, scope, password and disabling take effect at once: every
 * session of the account ends, so no browser keeps the old rights.
 */
export async function updateAccountRecord(
  em: EntityManager,
  account: Account,
  input: {
    displayName?: string;
    language?: 'en' | 'es';
    role?: Role;
    disabled?: boolean;
    password?: string;
    organizationIds?: string[];
    teamIds?: string[];
  },
): Promise<void> {
  const rescoped =
    input.role !== undefined || input.organizationIds !== undefined || input.teamIds !== undefined;
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw InvalidInputError.field('input.password', problem);
    account.passwordHash = await hashPassword(input.password);
  }
  if (input.displayName !== undefined) account.displayName = input.displayName;
  if (input.language !== undefined) account.language = input.language;
  if (input.role !== undefined) account.role = input.role;
  if (input.disabled !== undefined)
    account.disabledAt = input.disabled ? (account.disabledAt ?? new Date()) : null;
  if (rescoped) {
    const current = await em.find(ScopeBinding, { account: account.id });
    const organizationIds =
      input.organizationIds ??
      current.flatMap((binding) => (binding.organization ? [binding.organization.id] : []));
    const teamIds =
      input.teamIds ?? current.flatMap((binding) => (binding.team ? [binding.team.id] : []));
    const organizations = organizationIds.length
      ? await em.find(Organization, { id: { $in: organizationIds } })
      : [];
    if (organizations.length !== organizationIds.length)
      throw InvalidInputError.field('input.organizationIds', m.unknownOrganization());
    const teams = teamIds.length ? await em.count(Team, { id: { $in: teamIds } }) : 0;
    if (teams !== teamIds.length) throw InvalidInputError.field('input.teamIds', m.unknownTeam());
    const problem = scopeProblems(account.role, organizations, teamIds);
    if (problem) throw InvalidInputError.field('input.role', problem);
    for (const binding of current) em.remove(binding);
    for (const organization of organizations)
      em.create(ScopeBinding, { account: ref(account), organization: ref(organization) });
    for (const teamId of teamIds)
      em.create(ScopeBinding, { account: ref(account), team: ref(em.getReference(Team, teamId)) });
  }
  if (rescoped || input.password !== undefined || input.disabled)
    await endAllSessions(em, account.id);
  await em.flush();
}

/** A CEI admin creates an account; its display name is its email until one is given. */
export function createAccount(data: ScopedData, input: CreateAccountInput): Promise<Account> {
  return data.transaction(async (tx) => {
    const account = await createAccountRecord(tx.em, {
      ...input,
      displayName: input.displayName ?? input.email,
    });
    await tx.assertWritable(Account, account);
    return account;
  });
}

/** A CEI admin changes an account; see `updateAccountRecord` for the sessions it ends. */
export function updateAccount(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateAccountInput,
): Promise<Account> {
  return data.transaction(async (tx) => {
    const account = await tx.forWrite(Account, id, version);
    await updateAccountRecord(tx.em, account, input);
    return account;
  });
}

export const API_TOKEN_MAX_DAYS = 366;

/** Issues a read-only API token to an API partner account; the secret is returned once. */
export async function issueApiToken(
  em: EntityManager,
  secret: string,
  account: Account,
  name: string,
  expiresAt: Date,
): Promise<{ token: string; apiToken: ApiToken }> {
  if (account.role !== Role.API_PARTNER)
    throw InvalidInputError.field('input.accountId', m.mustBeApiPartner());
  const now = Date.now();
  if (expiresAt.getTime() <= now) throw InvalidInputError.field('input.expiresAt', m.inTheFuture());
  if (expiresAt.getTime() > now + API_TOKEN_MAX_DAYS * 86_400_000)
    throw InvalidInputError.field('input.expiresAt', m.withinAYear());
  const token = newToken('cei_');
  const apiToken = em.create(ApiToken, {
    account: ref(account),
    name,
    tokenHash: keyedHash(secret, token),
    expiresAt,
  });
  await em.flush();
  return { token, apiToken };
}

/** A CEI admin sets an API token's limits per rate-limit window; they apply from its next request. */
export function updateApiToken(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateApiTokenInput,
): Promise<ApiToken> {
  return data.transaction(async (tx) => {
    const token = await tx.forWrite(ApiToken, id, version);
    await applyInput(tx, token, input);
    await tx.em.flush();
    return token;
  });
}
