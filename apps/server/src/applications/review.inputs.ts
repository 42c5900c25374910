import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';

@InputType({ description: 'Filters for rubric criteria; all given filters must match.' })
export class RubricCriterionFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Text to find in the key, name or description.',
  })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Criteria of this cohort.' })
  cohortId?: string;

  @Field(() => String, { nullable: true, description: 'Exact key.' })
  key?: string;
}

export const RubricCriterionList = defineList(RubricCriterion, {
  filter: RubricCriterionFilter,
  orderFields: { POSITION: 'position', KEY: 'key', NAME: 'name' },
  search: ['key', 'name', 'description'],
  defaultOrder: [ascending('position'), ascending('key')],
});

@InputType({ description: 'Filters for reviews; all given filters must match.' })
export class ReviewFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Reviews of this application.' })
  applicationId?: string;

  @Field(() => ID, { nullable: true, description: 'Reviews by this reviewer account.' })
  reviewerId?: string;

  @Field(() => ID, { nullable: true, description: 'Reviews of applications to this cohort.' })
  cohortId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only submitted reviews; false: only those in progress.',
  })
  submitted?: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or after.' })
  submittedAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or before.' })
  submittedAtTo?: Date;
}

export const ReviewList = defineList(Review, {
  filter: ReviewFilter,
  orderFields: { SUBMITTED_AT: 'submittedAt', CREATED_AT: 'createdAt' },
  paths: { cohortId: 'application.cohort' },
  custom: {
    submitted: (submitted: boolean) => ({ submittedAt: submitted ? { $ne: null } : null }),
  },
  defaultOrder: [ascending('createdAt')],
});

@InputType({ description: 'Filters for review scores; all given filters must match.' })
export class ReviewScoreFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Scores of this review.' })
  reviewId?: string;

  @Field(() => ID, { nullable: true, description: 'Scores on this criterion.' })
  criterionId?: string;

  @Field(() => ID, { nullable: true, description: 'Scores in reviews of this application.' })
  applicationId?: string;
}

export const ReviewScoreList = defineList(ReviewScore, {
  filter: ReviewScoreFilter,
  orderFields: { SCORE: 'score', CREATED_AT: 'createdAt' },
  paths: { applicationId: 'review.application' },
  defaultOrder: [ascending('createdAt')],
});
