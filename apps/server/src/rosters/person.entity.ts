import { Language, PersonKind } from '@cei/domain';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Membership } from './membership.entity.js';

/**
 * A person on a roster. Students and family members are private individuals (some minors):
 * their names and contacts are protected (domain.md, privacy tiers).
 */
@ObjectType({
  description:
    'A person on a roster: district, site, county office or CBO staff, a student or a family member.',
})
@Entity()
@Index({ properties: ['familyName', 'givenName'] })
export class Person extends BaseEntity {
  @Field(() => String, { nullable: true, description: 'Given name.' })
  @Property({ type: 'text' })
  givenName: string;

  @Field(() => String, { nullable: true, description: 'Family name.' })
  @Property({ type: 'text' })
  familyName: string;

  @Field(() => PersonKind, { description: 'Adult professional, student or family member.' })
  @Enum({ items: () => PersonKind, index: true })
  kind: Opt<PersonKind> = PersonKind.PROFESSIONAL;

  @Field(() => String, { nullable: true, description: 'Job title (professionals).' })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address, stored lower-case.' })
  @Property({ type: 'text', nullable: true, unique: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => Language, { nullable: true, description: 'Preferred language.' })
  @Enum({ items: () => Language, nullable: true })
  preferredLanguage?: Language | null;

  /** The organization the person works for, if any. */
  @ManyToOne(() => Organization, {
    ref: true,
    nullable: true,
    index: true,
    deleteRule: 'no action',
  })
  employer?: Ref<Organization> | null;

  /** For scope rules ("people on my teams"); lists go through the scope layer. */
  @OneToMany(
    () => Membership,
    (membership) => membership.person,
  )
  memberships = new Collection<Membership>(this);

  /**
   * The account that added the person. Not in the API: it lets a team lead read the people they
   * added until those join a roster (scope/rules.ts), so the new member can be picked.
   */
  @ManyToOne({ entity: () => Account, ref: true, nullable: true, deleteRule: 'set null' })
  addedBy?: Ref<Account> | null;
}
