import { Cohort, CohortDeadline } from './cohort.entity.js';
import {
  CohortDeadlineQueries,
  CohortQueries,
  CohortReferences,
  CohortResolver,
} from './cohort.resolver.js';

export const entities = [Cohort, CohortDeadline];
export const resolvers = [CohortQueries, CohortResolver, CohortReferences, CohortDeadlineQueries];
