import { CohortStatus, Phase } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';

/** A Peer Leading and Learning Network (PLLN): a cohort of district teams. */
@ObjectType({
  description: 'A Peer Leading and Learning Network (PLLN): a cohort of district teams.',
})
@Entity()
@Check({
  name: 'cohort_convenings_expected_check',
  expression: 'convenings_expected_per_year >= 0',
})
export class Cohort extends BaseEntity {
  @Field(() => Int, { description: 'Its number: 3 for Cohort III.' })
  @Property({ type: 'integer', unique: true })
  number: number;

  @Field(() => String, { description: 'Its name, e.g. "Cohort III".' })
  @Property({ type: 'text', unique: true })
  name: string;

  @Field(() => Phase, { description: 'The phase of the initiative it belongs to.' })
  @Enum({ items: () => Phase })
  phase: Phase;

  @Field(() => CohortStatus, { description: 'Planned, recruiting, active or completed.' })
  @Enum({ items: () => CohortStatus, index: true })
  status: Opt<CohortStatus> = CohortStatus.PLANNED;

  @Field(() => String, { nullable: true, description: 'What the cohort focuses on.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When applications open.' })
  @Property({ type: 'datetime', nullable: true })
  applicationOpensAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When applications are due (an instant; deadlines are set in Pacific time). See deadlineHistory.',
  })
  @Property({ type: 'datetime', nullable: true })
  applicationDueAt?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first convening: teams must have their full composition by then.',
  })
  @Property({ type: 'date', nullable: true })
  firstConveningOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'The minimum commitment of a team, in years.' })
  @Property({ type: 'integer', nullable: true })
  minimumCommitmentYears?: number | null;

  @Field(() => Int, { description: 'Convenings expected per program year (8).' })
  @Property({ type: 'integer', default: 8 })
  conveningsExpectedPerYear: Opt<number> = 8;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The stipend per team per program year.',
  })
  @Property({ type: 'decimal', precision: 12, scale: 2, nullable: true })
  stipendPerTeamPerYear?: string | null;

  /**
   * The CEI staff member teams notify of vacancies (domain.md, Vacancy); reminders go to every
   * CEI admin while none is named.
   */
  @ManyToOne(() => Account, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  designee?: Ref<Account> | null;
}

/** One setting of a cohort's application deadline: deadlines move, and the history is kept. */
@ObjectType({
  description:
    "One setting of a cohort's application deadline; deadlines move, and the history is kept.",
})
@Entity()
export class CohortDeadline extends BaseEntity {
  @ManyToOne(() => Cohort, { ref: true, index: true, deleteRule: 'cascade' })
  cohort: Ref<Cohort>;

  @Field(() => DateTimeScalar, { description: 'The deadline set.' })
  @Property({ type: 'datetime' })
  dueAt: Date;

  @Field(() => DateTimeScalar, { description: 'When it was set.' })
  @Property({ type: 'datetime' })
  setAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: 'Why it was set or moved.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
