import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
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

@Resolver(() => RubricCriterion)
export class RubricCriterionResolver {
  @FieldResolver(() => Cohort, {
    nullable: true,
    description: 'The cohort whose rubric it belongs to.',
  })
  cohort(@Root() criterion: RubricCriterion, @Ctx() { data }: Context) {
    return data.ref(criterion.cohort);
  }

  @Allow(...STAFF)
  @Mutation(() => RubricCriterion, { description: "Adds a criterion to a cohort's rubric." })
  createRubricCriterion(
    @Arg('input', () => CreateRubricCriterionInput) input: CreateRubricCriterionInput,
    @Ctx() { data }: Context,
  ): Promise<RubricCriterion> {
    return createRubricCriterion(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => RubricCriterion, {
    description: 'Changes a rubric criterion; its maximum cannot drop below scores already given.',
  })
  updateRubricCriterion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateRubricCriterionInput) input: UpdateRubricCriterionInput,
    @Ctx() { data }: Context,
  ): Promise<RubricCriterion> {
    return updateRubricCriterion(data, id, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => ID, {
    description: 'Deletes a rubric criterion no review has scored; returns its id.',
  })
  deleteRubricCriterion(
    @Arg('id', () => ID) id: string,
    @Ctx() { data }: Context,
  ): Promise<string> {
    return data.remove(RubricCriterion, id);
  }
}

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => Application, { nullable: true, description: 'The application reviewed.' })
  application(@Root() review: Review, @Ctx() { data }: Context) {
    return data.ref(review.application);
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The CEI staff account that reviewed it.',
  })
  reviewer(@Root() review: Review, @Ctx() { data }: Context) {
    return data.ref(review.reviewer);
  }

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

  @FieldResolver(() => ReviewScoreList.Page, {
    description: 'The scores given, one per rubric criterion.',
  })
  scores(
    @Root() review: Review,
    @Args(() => ReviewScoreList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ReviewScoreList.spec, 'review', review.id, args);
  }
}

@Resolver(() => ReviewScore)
export class ReviewScoreResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'The review.' })
  review(@Root() score: ReviewScore, @Ctx() { data }: Context) {
    return data.ref(score.review);
  }

  @FieldResolver(() => RubricCriterion, { nullable: true, description: 'The criterion scored.' })
  criterion(@Root() score: ReviewScore, @Ctx() { data }: Context) {
    return data.ref(score.criterion);
  }
}

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
