import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import {
  ApplicationChildren,
  ApplicationDocumentQueries,
  ApplicationDocumentReferences,
  ApplicationDocumentResolver,
  ApplicationLeaQueries,
  ApplicationLeaReferences,
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
  RubricCriterionQueries,
  RubricCriterionReferences,
  RubricCriterionResolver,
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
  RubricCriterionResolver,
  RubricCriterionReferences,
  ReviewQueries,
  ReviewResolver,
  ReviewChildren,
  ReviewReferences,
  ReviewScoreQueries,
  ReviewScoreReferences,
];

export const routes = mountDocumentRoutes;
