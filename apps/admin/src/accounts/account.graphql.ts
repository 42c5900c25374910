import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

interface Binding {
  organization?: { id: string; name: string } | null;
  team?: { id: string; name: string } | null;
}

/**
 * An account as its screens read it: the bound organizations and teams as lists to show, and
 * as the ids the inputs take (county offices or one CBO as `organizationIds`, teams as
 * `teamIds`; a CBO partner's one organization also as `organizationId`, for its single picker),
 * and `disabled` for the switch.
 */
export function accountForForm(record: Record<string, unknown>): Record<string, unknown> {
  const page = record.scopeBindings as { nodes?: Binding[] } | undefined;
  const bindings = page?.nodes ?? [];
  const scopeOrganizations = bindings.flatMap((binding) =>
    binding.organization ? [binding.organization] : [],
  );
  const scopeTeams = bindings.flatMap((binding) => (binding.team ? [binding.team] : []));
  return {
    ...record,
    scopeOrganizations,
    scopeTeams,
    organizationIds: scopeOrganizations.map((organization) => organization.id),
    organizationId: scopeOrganizations[0]?.id ?? null,
    teamIds: scopeTeams.map((team) => team.id),
    disabled: record.disabledAt != null,
  };
}

export const accountDefinition = defineResource({
  name: 'accounts',
  type: 'Account',
  fragment: gql`
    fragment AccountFields on Account {
      id
      version
      email
      displayName
      role
      language
      disabledAt
      lastSignInAt
      person {
        id
        givenName
        familyName
      }
      scopeBindings(limit: 100) {
        nodes {
          id
          organization {
            id
            name
            kind
          }
          team {
            id
            name
          }
        }
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['email', 'displayName', 'role', 'lastSignInAt', 'createdAt'],
  filters: ['q', 'role', 'disabled'],
  inputs: {
    create: ['email', 'displayName', 'role', 'password', 'language', 'organizationIds', 'teamIds'],
    update: [
      'displayName',
      'role',
      'language',
      'disabled',
      'password',
      'organizationIds',
      'teamIds',
    ],
    deletable: false,
  },
  normalize: accountForForm,
});

/** An API partner's tokens: issued and revoked by the operations below, never edited. */
export const apiTokenDefinition = defineResource({
  name: 'apiTokens',
  type: 'ApiToken',
  fragment: gql`
    fragment ApiTokenFields on ApiToken {
      id
      version
      name
      expiresAt
      lastUsedAt
      revokedAt
      requestLimit
      costLimit
      createdAt
    }
  `,
  sortFields: ['createdAt', 'expiresAt'],
  filters: ['accountId'],
});

export const ISSUE_API_TOKEN = gql`
  mutation IssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) {
      token
      apiToken {
        id
        name
        expiresAt
      }
    }
  }
`;

export const REVOKE_API_TOKEN = gql`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`;

export const UPDATE_API_TOKEN_LIMITS = gql`
  mutation UpdateApiTokenLimits($id: ID!, $version: Int!, $input: UpdateApiTokenInput!) {
    updateApiToken(id: $id, version: $version, input: $input) {
      id
      version
      requestLimit
      costLimit
    }
  }
`;

/** The configured budgets, which a token without limits of its own has. */
export const RATE_LIMIT_SETTINGS = gql`
  query RateLimitSettings {
    rateLimitSettings {
      windowSeconds
      tokenRequestLimit
      tokenCostLimit
    }
  }
`;

export interface RateLimitSettings {
  rateLimitSettings: { windowSeconds: number; tokenRequestLimit: number; tokenCostLimit: number };
}

export const API_TOKEN_DOCUMENTS = {
  ISSUE_API_TOKEN,
  REVOKE_API_TOKEN,
  UPDATE_API_TOKEN_LIMITS,
  RATE_LIMIT_SETTINGS,
};

export interface IssuedApiToken {
  issueApiToken: { token: string; apiToken: { id: string; name: string; expiresAt: string } };
}
