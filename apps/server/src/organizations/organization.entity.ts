import { GradeSpan, LeaType, Locale, OrganizationKind } from '@cei/domain';
import { type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/**
 * A county office of education, LEA, school, community-based organization or state agency.
 * One table for all of them: they share a name and address book, and a membership may represent
 * any of them. Kind-specific fields are null for the other kinds.
 */
@ObjectType({
  description: 'A county office, LEA, school, community-based organization or state agency.',
})
@Entity()
@Index({ properties: ['kind', 'name'] })
@Index({ properties: ['countyOffice', 'kind', 'name'] })
export class Organization extends BaseEntity {
  @Field(() => OrganizationKind, { description: 'What kind of organization this is.' })
  @Enum({ items: () => OrganizationKind })
  kind: OrganizationKind;

  @Field(() => String, { description: 'The full name, e.g. "Azusa Unified School District".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A short name or acronym, e.g. "SBCSS".' })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  /** For an LEA (or a school, through its LEA): the county office it belongs to. */
  @ManyToOne(() => Organization, {
    ref: true,
    nullable: true,
    deleteRule: 'no action',
  })
  countyOffice?: Ref<Organization> | null;

  /** For a school: its LEA. */
  @ManyToOne(() => Organization, {
    ref: true,
    nullable: true,
    index: true,
    deleteRule: 'no action',
  })
  lea?: Ref<Organization> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The county\'s two-digit code (county offices only), e.g. "19" for Los Angeles.',
  })
  @Property({ type: 'text', nullable: true, unique: true })
  countyCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The 14-digit County-District-School code: 2 county, 5 district, 7 school digits.',
  })
  @Property({ type: 'text', nullable: true, unique: true })
  cdsCode?: string | null;

  @Field(() => LeaType, { nullable: true, description: 'The kind of LEA (LEAs only).' })
  @Enum({ items: () => LeaType, nullable: true })
  leaType?: LeaType | null;

  @Field(() => Locale, {
    nullable: true,
    description:
      'Urban, suburban, town or rural (LEAs only); rural districts get special consideration.',
  })
  @Enum({ items: () => Locale, nullable: true })
  locale?: Locale | null;

  @Field(() => GradeSpan, {
    nullable: true,
    description: 'The grades a school serves (schools only).',
  })
  @Enum({ items: () => GradeSpan, nullable: true })
  gradeSpan?: GradeSpan | null;

  @Field(() => String, { nullable: true, description: 'The city of its main office.' })
  @Property({ type: 'text', nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Its public website.' })
  @Property({ type: 'text', nullable: true })
  website?: string | null;
}
