import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Application } from './application.entity.js';

/**
 * One criterion of a cohort's review rubric. A review scores each criterion from 0 to its
 * maximum; weighted scores aggregate into the ranking of applications.
 */
@ObjectType({
  description: "One criterion of a cohort's review rubric, scored from 0 to its maximum.",
})
@Entity()
@Unique({ properties: ['cohort', 'key'] })
@Check({ name: 'rubric_criterion_max_score_check', expression: 'max_score > 0' })
@Check({ name: 'rubric_criterion_weight_check', expression: 'weight >= 0' })
export class RubricCriterion extends BaseEntity {
  @ManyToOne(() => Cohort, { ref: true })
  cohort: Ref<Cohort>;

  @Field(() => String, {
    description: 'A key unique within the cohort, e.g. "difficult_conversations".',
  })
  @Property({ type: 'text' })
  key: string;

  @Field(() => String, { description: 'Its name, e.g. "Capacity for difficult conversations".' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What reviewers look for.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Int, { description: 'The highest score a reviewer may give.' })
  @Property({ type: 'integer' })
  maxScore: number;

  @Field(() => Int, { description: 'How many times its score counts in the total.' })
  @Property({ type: 'integer', default: 1 })
  weight: Opt<number> = 1;

  @Field(() => Int, { description: 'Its place in the rubric; lower comes first.' })
  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;
}

/** A CEI staff reviewer's scores and comment on one application: one review per reviewer. */
@ObjectType({ description: "A CEI staff reviewer's scores and comment on one application." })
@Entity()
@Unique({ properties: ['application', 'reviewer'] })
export class Review extends BaseEntity {
  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application: Ref<Application>;

  @ManyToOne(() => Account, { ref: true, index: true })
  reviewer: Ref<Account>;

  @Field(() => String, { nullable: true, description: "The reviewer's comment." })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the review was submitted; null while in progress.',
  })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;
}

/**
 * A review's score on one rubric criterion. That it does not exceed the criterion's maximum is
 * checked when it is written (a check constraint cannot see the criterion).
 */
@ObjectType({ description: "A review's score on one rubric criterion." })
@Entity()
@Unique({ properties: ['review', 'criterion'] })
@Check({ name: 'review_score_score_check', expression: 'score >= 0' })
export class ReviewScore extends BaseEntity {
  @ManyToOne(() => Review, { ref: true, deleteRule: 'cascade' })
  review: Ref<Review>;

  @ManyToOne(() => RubricCriterion, { ref: true, index: true })
  criterion: Ref<RubricCriterion>;

  @Field(() => Int, { description: "The score, from 0 to the criterion's maximum." })
  @Property({ type: 'integer' })
  score: number;
}
