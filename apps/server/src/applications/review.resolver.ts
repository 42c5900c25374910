import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Application } from './application.entity.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';
import {
  CreateRubricCriterionInput,
  ReviewList,
  ReviewScoreList,
  RubricCriterionList,
  SaveReviewInput,
  UpdateRubricCriterionInput,
} from './review.inputs.js';
import { createRubricCriterion, saveReview, updateRubricCriterion } from './review.service.js';
import { reviewTotalOf } from './scores.js';

/** The references of RubricCriterion records, resolved through the scope layer (null when out of scope). */
export const RubricCriterionReferences = referenceFields(RubricCriterion, {
  cohort: { type: () => Cohort, description: 'The cohort whose rubric it belongs to.' },
});

export const RubricCriterionMutations = entityMutations(RubricCriterion, {
  access: STAFF,
  create: {
    input: CreateRubricCriterionInput,
    description: "Adds a criterion to a cohort's rubric.",
    run: createRubricCriterion,
  },
  update: {
    input: UpdateRubricCriterionInput,
    description: 'Changes a rubric criterion; its maximum cannot drop below scores already given.',
    run: updateRubricCriterion,
  },
  delete: { description: 'Deletes a rubric criterion no review has scored; returns its id.' },
});

/** The references of Review records, resolved through the scope layer (null when out of scope). */
export const ReviewReferences = referenceFields(Review, {
  application: { type: () => Application, description: 'The application reviewed.' },
  reviewer: { type: () => Account, description: 'The CEI staff account that reviewed it.' },
});

/** The nested lists of Review records, read through the scope layer. */
export const ReviewChildren = childLists(Review, {
  scores: {
    list: ReviewScoreList,
    via: 'review',
    description: 'The scores given, one per rubric criterion.',
  },
});

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => Float, {
    description: "The review's total: each criterion's score times its weight, summed.",
  })
  totalScore(@Root() review: Review, @Ctx() { data }: Context): Promise<number> {
    return reviewTotalOf(data, review.id);
  }

  @Allow(...STAFF)
  @Mutation(() => Review, {
    description:
      'Saves your review of an application under review (scores per rubric criterion, comment); submit it to count it in the ranking. Not for applicants from your own county office.',
  })
  saveReview(
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('input', () => SaveReviewInput) input: SaveReviewInput,
    @Ctx() { data }: Context,
  ): Promise<Review> {
    return saveReview(data, applicationId, input);
  }
}

/** The references of ReviewScore records, resolved through the scope layer (null when out of scope). */
export const ReviewScoreReferences = referenceFields(ReviewScore, {
  review: { type: () => Review, description: 'The review.' },
  criterion: { type: () => RubricCriterion, description: 'The criterion scored.' },
});

export const RubricCriterionQueries = entityQueries(RubricCriterion, RubricCriterionList, {
  one: 'rubricCriterion',
  many: 'rubricCriteria',
  description: "Criteria of cohorts' review rubrics.",
  access: [SIGNED_IN],
});

export const ReviewQueries = entityQueries(Review, ReviewList, {
  one: 'review',
  many: 'reviews',
  description: "Reviewers' scores and comments on applications.",
  access: [SIGNED_IN],
});

export const ReviewScoreQueries = entityQueries(ReviewScore, ReviewScoreList, {
  one: 'reviewScore',
  many: 'reviewScores',
  description: 'Scores given in reviews, per rubric criterion.',
  access: [SIGNED_IN],
});
