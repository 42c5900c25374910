import { Role } from '@cei/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, Max, Min } from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Account, ScopeBinding } from './account.entity.js';
import { ApiToken } from './session.entity.js';

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

@InputType({ description: 'Filters for API tokens.' })
export class ApiTokenFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  accountId?: string;
}

export const ApiTokenList = defineList(ApiToken, {
  filter: ApiTokenFilter,
  orderFields: { CREATED_AT: 'createdAt', EXPIRES_AT: 'expiresAt' },
  defaultOrder: [ascending('createdAt')],
});

/** Account fields an admin sets; scope bindings replace the account's whole scope. */
@InputType()
class AccountFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'The interface language: "en" or "es".' })
  @IsOptional()
  @IsIn(['en', 'es'])
  language?: 'en' | 'es';

  @Field(() => [ID], {
    nullable: true,
    description: 'County offices (COE liaison) or one CBO (CBO partner).',
  })
  @IsOptional()
  @IsUUID({ each: true })
  organizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Teams (team lead).' })
  @IsOptional()
  @IsUUID({ each: true })
  teamIds?: string[];
}

@InputType({ description: 'A new account, with its role and scope.' })
export class CreateAccountInput extends AccountFields {
  @Field(() => String)
  @IsEmail()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'An initial password of at least 12 characters (none for token-only API partners).',
  })
  @IsOptional()
  password?: string;
}

@InputType({
  description:
    'Changes to an account. A new role, scope, password or disabling ends its sessions at once.',
})
export class UpdateAccountInput extends AccountFields {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true disables the account (and ends its sessions); false enables it.',
  })
  disabled?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Sets a new password (at least 12 characters).',
  })
  @IsOptional()
  password?: string;
}

@InputType({ description: 'A new API token for an API partner account.' })
export class IssueApiTokenInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => String, { description: 'What the token is for.' })
  @Length(1, 100)
  name: string;

  @Field(() => DateTimeScalar, { description: 'When it stops working (at most one year ahead).' })
  expiresAt: Date;
}

@ObjectType({
  description: 'A newly issued API token: the secret is shown here once and never again.',
})
export class IssuedApiToken {
  @Field(() => String, { description: 'The secret, sent as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => ApiToken, { description: 'The stored token (without its secret).' })
  apiToken: ApiToken;
}

@InputType({
  description:
    "Changes to an API token's limits: an omitted limit stays, null puts it back to the configured default.",
})
export class UpdateApiTokenInput {
  @Field(() => Int, { nullable: true, description: 'Requests per rate-limit window.' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000_000)
  requestLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Query cost per rate-limit window.' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000_000)
  costLimit?: number | null;
}
