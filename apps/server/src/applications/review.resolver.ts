import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Application } from './application.entity.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';
import { ReviewList, ReviewScoreList, RubricCriterionList } from './review.inputs.js';

@Resolver(() => RubricCriterion)
export class RubricCriterionResolver {
  @FieldResolver(() => Cohort, {
    nullable: true,
    description: 'The cohort whose rubric it belongs to.',
  })
  cohort(@Root() criterion: RubricCriterion, @Ctx() { data }: Context) {
    return data.ref(criterion.cohort);
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
