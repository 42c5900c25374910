import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import {
  ApplicationChildren,
  ApplicationDocumentQueries,
  ApplicationDocumentReferences,
  ApplicationDocumentResolver,
  ApplicationLeaQueries,
  ApplicationLeaReferences,
  ApplicationMutations,
  ApplicationQueries,
  ApplicationReferences,
  ApplicationResolver,
  CohortChildren,
  TeamApplicationResolver,
} from './application.resolver.js';
import { mountDocumentRoutes } from './document.routes.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';
import {
  ReviewChildren,
  ReviewQueries,
  ReviewReferences,
  ReviewResolver,
  ReviewScoreQueries,
  ReviewScoreReferences,
  RubricCriterionMutations,
  RubricCriterionQueries,
  RubricCriterionReferences,
} from './review.resolver.js';

export const entities = [
  Application,
  ApplicationLea,
  ApplicationDocument,
  RubricCriterion,
  Review,
  ReviewScore,
];
export const resolvers = [
  ApplicationQueries,
  ApplicationMutations,
  ApplicationResolver,
  ApplicationChildren,
  ApplicationReferences,
  ApplicationLeaQueries,
  ApplicationLeaReferences,
  ApplicationDocumentQueries,
  ApplicationDocumentResolver,
  ApplicationDocumentReferences,
  CohortChildren,
  TeamApplicationResolver,
  RubricCriterionQueries,
  RubricCriterionMutations,
  RubricCriterionReferences,
  ReviewQueries,
  ReviewResolver,
  ReviewChildren,
  ReviewReferences,
  ReviewScoreQueries,
  ReviewScoreReferences,
];

export const routes = mountDocumentRoutes;
