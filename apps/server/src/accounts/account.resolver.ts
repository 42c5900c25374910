import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ADMIN, Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
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
} from './account.inputs.js';
import { createAccountRecord, issueApiToken, updateAccountRecord } from './account.service.js';
import { ApiToken } from './session.entity.js';

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The roster person this account belongs to.',
  })
  person(@Root() account: Account, @Ctx() { data }: Context) {
    return data.ref(account.person);
  }

  @FieldResolver(() => ScopeBindingList.Page, {
    description: 'The organizations and teams the account is bound to, which set its scope.',
  })
  scopeBindings(
    @Root() account: Account,
    @Args(() => ScopeBindingList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ScopeBindingList.spec, 'account', account.id, args);
  }

  @Allow(...ADMIN)
  @Mutation(() => Account, {
    description: 'Creates an account with its role and scope (CEI admins).',
  })
  createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() { data }: Context,
  ) {
    return data.transaction(async (tx) => {
      const account = await createAccountRecord(tx.em, {
        ...input,
        displayName: input.displayName ?? input.email,
      });
      await tx.assertWritable(Account, account);
      return account;
    });
  }

  @Allow(...ADMIN)
  @Mutation(() => Account, {
    description:
      'Changes an account (CEI admins). A new role, scope or password, or disabling it, ends its sessions at once.',
  })
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() { data }: Context,
  ) {
    return data.transaction(async (tx) => {
      const account = await tx.forWrite(Account, id, version);
      await updateAccountRecord(tx.em, account, input);
      return account;
    });
  }

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

  @FieldResolver(() => ApiTokenList.Page, {
    description: "An API partner's tokens (never their secrets).",
  })
  apiTokens(
    @Root() account: Account,
    @Args(() => ApiTokenList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ApiTokenList.spec, 'account', account.id, args);
  }
}

@Resolver(() => ScopeBinding)
export class ScopeBindingResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The account.' })
  account(@Root() binding: ScopeBinding, @Ctx() { data }: Context) {
    return data.ref(binding.account);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      "The organization bound: a liaison's county office or a partner's CBO; null for a team binding.",
  })
  organization(@Root() binding: ScopeBinding, @Ctx() { data }: Context) {
    return data.ref(binding.organization);
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: "The team bound (a team lead's); null for an organization binding.",
  })
  team(@Root() binding: ScopeBinding, @Ctx() { data }: Context) {
    return data.ref(binding.team);
  }
}

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

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The API partner account.' })
  account(@Root() token: ApiToken, @Ctx() { data }: Context) {
    return data.ref(token.account);
  }
}
