import { OrganizationKind, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError } from '../common/errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { Account, ScopeBinding } from './account.entity.js';
import { hashPassword, passwordProblem } from './password.js';

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
): string | null {
  if (
    role === Role.COE_LIAISON &&
    (organizations.length === 0 ||
      organizations.some((org) => org.kind !== OrganizationKind.COUNTY_OFFICE))
  ) {
    return 'a COE liaison is bound to one or more county offices';
  }
  if (
    role === Role.CBO_PARTNER &&
    (organizations.length !== 1 ||
      organizations[0]?.kind !== OrganizationKind.COMMUNITY_ORGANIZATION)
  ) {
    return 'a CBO partner is bound to one community-based organization';
  }
  if (role === Role.TEAM_LEAD && teamIds.length === 0)
    return 'a team lead is bound to one or more teams';
  const bindsNothing =
    role === Role.CEI_ADMIN || role === Role.CEI_STAFF || role === Role.API_PARTNER;
  if (bindsNothing && (organizations.length > 0 || teamIds.length > 0))
    return `a ${role} account has no scope bindings`;
  if (role !== Role.TEAM_LEAD && teamIds.length > 0) return 'only team leads are bound to teams';
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
    language: input.language ?? 'en',
  });
  for (const organization of organizations)
    em.create(ScopeBinding, { account: ref(account), organization: ref(organization) });
  for (const teamId of teamIds)
    em.create(ScopeBinding, { account: ref(account), team: ref(em.getReference(Team, teamId)) });
  await em.flush();
  return account;
}
