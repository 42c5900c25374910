import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import {
  ApplicationDocumentQueries,
  ApplicationDocumentResolver,
  ApplicationLeaQueries,
  ApplicationLeaResolver,
  ApplicationQueries,
  ApplicationResolver,
  CohortApplicationsResolver,
  TeamApplicationResolver,
} from './application.resolver.js';
import { mountDocumentRoutes } from './document.routes.js';
import { Review, ReviewScore, RubricCriterion } from './review.entity.js';
import {
  ReviewQueries,
  ReviewResolver,
  ReviewScoreQueries,
  ReviewScoreResolver,
  RubricCriterionQueries,
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
  ApplicationLeaQueries,
  ApplicationLeaResolver,
  ApplicationDocumentQueries,
  ApplicationDocumentResolver,
  CohortApplicationsResolver,
  TeamApplicationResolver,
  RubricCriterionQueries,
  RubricCriterionResolver,
  ReviewQueries,
  ReviewResolver,
  ReviewScoreQueries,
  ReviewScoreResolver,
];

export const routes = mountDocumentRoutes;
