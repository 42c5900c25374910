import { AttendanceMode, AttendanceStatus, ConveningKind, Modality } from '@cei/domain';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Membership } from '../rosters/membership.entity.js';

/** A session of one cohort or of several, numbered within its program year. */
@ObjectType({
  description: 'A session of one cohort or of several, numbered within its program year.',
})
@Entity()
@Index({ properties: ['programYear', 'number'] })
@Check({
  name: 'convening_ends_after_start_check',
  expression: 'ends_at is null or ends_at > starts_at',
})
export class Convening extends BaseEntity {
  @Field(() => String, { description: 'The program year, e.g. "2019-20".' })
  @Property({ type: 'text' })
  programYear: string;

  @Field(() => Int, { description: 'Its number within the program year (eight are expected).' })
  @Property({ type: 'integer' })
  number: number;

  @Field(() => String, {
    nullable: true,
    description: 'A title, e.g. "Convening 3: trust and difficult conversations".',
  })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => ConveningKind, {
    description: 'Network convening, information session, statewide training or coaching.',
  })
  @Enum({ items: () => ConveningKind })
  kind: Opt<ConveningKind> = ConveningKind.NETWORK_CONVENING;

  @Field(() => Modality, { description: 'Virtual, in person or hybrid.' })
  @Enum({ items: () => Modality })
  modality: Modality;

  @Field(() => DateTimeScalar, { description: 'When it starts (scheduled in Pacific time).' })
  @Property({ type: 'datetime', index: true })
  startsAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ends.' })
  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where, for in-person and hybrid sessions.' })
  @Property({ type: 'text', nullable: true })
  venue?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The video link, for virtual and hybrid sessions.',
  })
  @Property({ type: 'text', nullable: true })
  videoUrl?: string | null;

  @Field(() => Boolean, { description: 'Whether travel and an overnight stay may be needed.' })
  @Property({ type: 'boolean', default: false })
  overnightStay: Opt<boolean> = false;

  /** The cohorts it is for (a joint session has several). */
  @OneToMany(
    () => ConveningCohort,
    (link) => link.convening,
  )
  cohortLinks = new Collection<ConveningCohort>(this);
}

/** Links a convening to a cohort it is for. */
@Entity()
@Unique({ properties: ['convening', 'cohort'] })
export class ConveningCohort extends BaseEntity {
  @ManyToOne(() => Convening, { ref: true, deleteRule: 'cascade' })
  convening: Ref<Convening>;

  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort: Ref<Cohort>;
}

/** Whether a member attended a convening. */
@ObjectType({ description: 'Whether a member attended a convening, and how for hybrid sessions.' })
@Entity()
@Unique({ properties: ['convening', 'membership'] })
export class Attendance extends BaseEntity {
  @ManyToOne(() => Convening, { ref: true, deleteRule: 'cascade' })
  convening: Ref<Convening>;

  @ManyToOne(() => Membership, { ref: true, index: true, deleteRule: 'cascade' })
  membership: Ref<Membership>;

  @Field(() => AttendanceStatus, { nullable: true, description: 'Present, absent or excused.' })
  @Enum({ items: () => AttendanceStatus })
  status: AttendanceStatus;

  @Field(() => AttendanceMode, {
    nullable: true,
    description: 'In person or online (hybrid sessions).',
  })
  @Enum({ items: () => AttendanceMode, nullable: true })
  mode?: AttendanceMode | null;
}
