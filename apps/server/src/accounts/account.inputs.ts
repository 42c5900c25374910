import { Role } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Account, ScopeBinding } from './account.entity.js';

@InputType({ description: 'Filters for accounts; all given filters must match.' })
export class AccountFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Text to find in the email address or display name.',
  })
  q?: string;

  @Field(() => String, { nullable: true, description: 'Exact email address (lower-case).' })
  email?: string;

  @Field(() => Role, { nullable: true, description: 'Accounts in this role.' })
  role?: Role;

  @Field(() => [Role], { nullable: true, description: 'Accounts in any of these roles.' })
  roles?: Role[];

  @Field(() => ID, { nullable: true, description: 'The account of this roster person.' })
  personId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only disabled accounts; false: only enabled ones.',
  })
  disabled?: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last signed in at or after.' })
  lastSignInAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Last signed in at or before.' })
  lastSignInAtTo?: Date;
}

export const AccountList = defineList(Account, {
  filter: AccountFilter,
  orderFields: {
    EMAIL: 'email',
    DISPLAY_NAME: 'displayName',
    ROLE: 'role',
    LAST_SIGN_IN_AT: 'lastSignInAt',
    CREATED_AT: 'createdAt',
  },
  search: ['email', 'displayName'],
  paths: { roles: 'role' },
  custom: {
    disabled: (disabled: boolean) => ({ disabledAt: disabled ? { $ne: null } : null }),
  },
  defaultOrder: [ascending('displayName'), ascending('email')],
});

@InputType({ description: 'Filters for scope bindings; all given filters must match.' })
export class ScopeBindingFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Bindings of this account.' })
  accountId?: string;

  @Field(() => ID, { nullable: true, description: 'Bindings to this organization.' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Bindings to this team.' })
  teamId?: string;
}

export const ScopeBindingList = defineList(ScopeBinding, {
  filter: ScopeBindingFilter,
  orderFields: { CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('createdAt')],
});
