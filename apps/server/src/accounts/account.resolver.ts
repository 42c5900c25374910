import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../rosters/person.entity.js';
import { Team } from '../teams/team.entity.js';
import { Account, ScopeBinding } from './account.entity.js';
import { AccountList, ScopeBindingList } from './account.inputs.js';

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
