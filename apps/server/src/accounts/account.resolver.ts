import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ADMIN, Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../rosters/person.entity.js';
import { Team } from '../teams/team.entity.js';
import { Account, ScopeBinding } from './account.entity.js';
import {
  AccountList,
  ApiTokenList,
  CreateAccountInput,
  IssueApiTokenInput,
  IssuedApiToken,
  ScopeBindingList,
  UpdateAccountInput,
  UpdateApiTokenInput,
} from './account.inputs.js';
import { createAccount, issueApiToken, updateAccount, updateApiToken } from './account.service.js';
import { ApiToken } from './session.entity.js';

/** The references of Account records, resolved through the scope layer (null when out of scope). */
export const AccountReferences = referenceFields(Account, {
  person: { type: () => Person, description: 'The roster person this account belongs to.' },
});

/** The nested lists of Account records, read through the scope layer. */
export const AccountChildren = childLists(Account, {
  scopeBindings: {
    list: ScopeBindingList,
    via: 'account',
    description: 'The organizations and teams the account is bound to, which set its scope.',
  },
  apiTokens: {
    list: ApiTokenList,
    via: 'account',
    description: "An API partner's tokens (never their secrets).",
  },
});

export const AccountMutations = entityMutations(Account, {
  access: ADMIN,
  create: {
    input: CreateAccountInput,
    description: 'Creates an account with its role and scope (CEI admins).',
    run: createAccount,
  },
  update: {
    input: UpdateAccountInput,
    description:
      'Changes an account (CEI admins). A new role, scope or password, or disabling it, ends its sessions at once.',
    run: updateAccount,
  },
});

export const ApiTokenMutations = entityMutations(ApiToken, {
  access: ADMIN,
  update: {
    input: UpdateApiTokenInput,
    description:
      "Sets an API token's request and cost limits per rate-limit window (CEI admins); they apply from its next request.",
    run: updateApiToken,
  },
});

@Resolver(() => Account)
export class AccountResolver {
  @Allow(...ADMIN)
  @Mutation(() => IssuedApiToken, {
    description:
      'Issues a read-only API token to an API partner account; the secret is shown once.',
  })
  issueApiToken(
    @Arg('input', () => IssueApiTokenInput) input: IssueApiTokenInput,
    @Ctx() context: Context,
  ) {
    return context.data.transaction(async (tx) => {
      const account = await tx.reference(Account, input.accountId, 'input.accountId');
      await tx.assertWritable(Account, account);
      return issueApiToken(
        tx.em,
        context.config.sessionSecret,
        account,
        input.name,
        input.expiresAt,
      );
    });
  }

  @Allow(...ADMIN)
  @Mutation(() => ApiToken, { description: 'Revokes an API token at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { data }: Context) {
    return data.transaction(async (tx) => {
      const token = await tx.forWrite(ApiToken, id);
      token.revokedAt ??= new Date();
      await tx.em.flush();
      return token;
    });
  }
}

/** The references of ScopeBinding records, resolved through the scope layer (null when out of scope). */
export const ScopeBindingReferences = referenceFields(ScopeBinding, {
  account: { type: () => Account, description: 'The account.' },
  organization: {
    type: () => Organization,
    description:
      "The organization bound: a liaison's county office or a partner's CBO; null for a team binding.",
  },
  team: {
    type: () => Team,
    description: "The team bound (a team lead's); null for an organization binding.",
  },
});

export const AccountQueries = entityQueries(Account, AccountList, {
  one: 'account',
  many: 'accounts',
  description: 'Accounts of the platform.',
  access: [SIGNED_IN],
});

export const ScopeBindingQueries = entityQueries(ScopeBinding, ScopeBindingList, {
  one: 'scopeBinding',
  many: 'scopeBindings',
  description: 'The organizations and teams accounts are bound to.',
  access: [SIGNED_IN],
});

export const ApiTokenQueries = entityQueries(ApiToken, ApiTokenList, {
  one: 'apiToken',
  many: 'apiTokens',
  description: 'API tokens of API partner accounts (never their secrets).',
  access: [SIGNED_IN],
});

/** The references of ApiToken records, resolved through the scope layer (null when out of scope). */
export const ApiTokenReferences = referenceFields(ApiToken, {
  account: { type: () => Account, description: 'The API partner account.' },
});
