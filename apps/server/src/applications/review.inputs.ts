import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { applicationMessages as m } from './application.messages.js';
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

@InputType({ description: 'A score on one rubric criterion.' })
export class ReviewScoreInput {
  @Field(() => ID, { description: 'The criterion scored.' })
  @IsUUID()
  criterionId: string;

  @Field(() => Int, { description: "The score, from 0 to the criterion's maximum." })
  score: number;
}

@InputType({ description: "The viewer's review of an application: scores, comment, submission." })
export class SaveReviewInput {
  @Field(() => [ReviewScoreInput], {
    description: 'Scores to set; criteria left out keep their earlier score.',
  })
  @ArrayMaxSize(50)
  scores: ReviewScoreInput[];

  @Field(() => String, { nullable: true, description: 'The comment; null clears it.' })
  @IsOptional()
  @Length(0, 8000)
  comment?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Submit the review: it then counts in the ranking. Every criterion must be scored.',
  })
  submit: boolean;
}

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class RubricCriterionFields {
  @Field(() => String, { nullable: true, description: 'What reviewers look for.' })
  @IsOptional()
  @Length(1, 2000)
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many times its score counts (1 by default).',
  })
  @IsOptional()
  @Min(0)
  @Max(10)
  weight?: number;

  @Field(() => Int, { nullable: true, description: 'Its place in the rubric; lower comes first.' })
  @IsOptional()
  @Min(0)
  position?: number;
}

@InputType({ description: "A new criterion of a cohort's review rubric." })
export class CreateRubricCriterionInput extends RubricCriterionFields {
  @Field(() => ID, { description: 'The cohort whose rubric it joins.' })
  @IsUUID()
  cohortId: string;

  @Field(() => String, { description: 'A key unique within the cohort, e.g. "trust".' })
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, {
    message: m.criterionKeyFormat(),
  })
  key: string;

  @Field(() => String, { description: 'Its name, as reviewers read it.' })
  @Length(1, 200)
  name: string;

  @Field(() => Int, { description: 'The highest score a reviewer may give.' })
  @Min(1)
  @Max(100)
  maxScore: number;
}

@InputType({ description: 'Changes to a rubric criterion; omitted fields stay as they are.' })
export class UpdateRubricCriterionInput extends RubricCriterionFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(100)
  maxScore?: number;
}
