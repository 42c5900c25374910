import { Cohort, CohortDeadline } from './cohort.entity.js';
import {
  CohortChildren,
  CohortDeadlineQueries,
  CohortMutations,
  CohortQueries,
  CohortReferences,
  CohortResolver,
} from './cohort.resolver.js';

export const entities = [Cohort, CohortDeadline];
export const resolvers = [
  CohortQueries,
  CohortMutations,
  CohortResolver,
  CohortReferences,
  CohortChildren,
  CohortDeadlineQueries,
];
