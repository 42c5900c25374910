import { Role } from '@cei/domain';
import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../rosters/person.entity.js';
import { Team } from '../teams/team.entity.js';

/**
 * A sign-in of one user in one role. What the account sees beyond its role comes from its scope
 * bindings. The password hash never leaves the server: it is not a GraphQL field.
 */
@ObjectType({
  description:
    'A user of the platform, in one role; its scope bindings say which records it covers.',
})
@Entity()
@Check({ name: 'account_email_lower_case_check', expression: 'email = lower(email)' })
@Check({ name: 'account_language_check', expression: "language = 'en' or language = 'es'" })
export class Account extends BaseEntity {
  @Field(() => String, { description: 'The sign-in email address, stored lower-case.' })
  @Property({ type: 'text', unique: true })
  email: string;

  @Field(() => String, {
    description: 'The name shown in the interface and on records the account made.',
  })
  @Property({ type: 'text' })
  displayName: string;

  @Field(() => Role, { description: 'What the account may do and see.' })
  @Enum({ items: () => Role, index: true })
  role: Role;

  /** A slow, salted hash; null until a password is set (or for token-only API partners). */
  @Property({ type: 'text', nullable: true })
  passwordHash?: string | null;

  /**
   * The language the user reads the admin app and their emails in. Null until they (or an admin)
   * choose one: the app then follows the browser's language, emails are in English.
   */
  @Field(() => String, {
    nullable: true,
    description:
      'The interface language, "en" or "es", also of the emails the account receives; null until chosen (the app then follows the browser, emails are in English).',
  })
  @Property({ type: 'text', nullable: true })
  language?: 'en' | 'es' | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the account was disabled; null while it may sign in.',
  })
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  /** The roster person this account belongs to, when the user is on a roster. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person?: Ref<Person> | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the account last signed in.' })
  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;
}

/**
 * One record an account's scope covers: an organization (the county office of a liaison, the CBO
 * of a partner) or a team (of a team lead). Exactly one of the two is set.
 */
@ObjectType({
  description:
    "One record an account's scope covers: an organization (a liaison's county office, a partner's CBO) or a team (a team lead's).",
})
@Entity()
@Unique({ properties: ['account', 'organization'] })
@Unique({ properties: ['account', 'team'] })
@Check({
  name: 'scope_binding_one_target_check',
  expression: '(organization_id is null) <> (team_id is null)',
})
export class ScopeBinding extends BaseEntity {
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  account: Ref<Account>;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  organization?: Ref<Organization> | null;

  @ManyToOne(() => Team, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  team?: Ref<Team> | null;
}
