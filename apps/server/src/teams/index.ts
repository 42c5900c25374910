import { Facilitation, ProblemOfPractice, Team, TeamCountyOffice, TeamLea } from './team.entity.js';
import {
  CohortChildren,
  FacilitationQueries,
  FacilitationReferences,
  OrganizationChildren,
  ProblemOfPracticeQueries,
  ProblemOfPracticeReferences,
  TeamChildren,
  TeamLeaQueries,
  TeamLeaReferences,
  TeamMutations,
  TeamQueries,
  TeamReferences,
  TeamResolver,
} from './team.resolver.js';

export const entities = [Team, TeamLea, TeamCountyOffice, ProblemOfPractice, Facilitation];
export const resolvers = [
  TeamQueries,
  TeamMutations,
  TeamResolver,
  TeamChildren,
  TeamReferences,
  TeamLeaQueries,
  TeamLeaReferences,
  ProblemOfPracticeQueries,
  ProblemOfPracticeReferences,
  FacilitationQueries,
  FacilitationReferences,
  CohortChildren,
  OrganizationChildren,
];
