import { Facilitation, ProblemOfPractice, Team, TeamLea } from './team.entity.js';
import {
  CohortTeamsResolver,
  FacilitationQueries,
  FacilitationResolver,
  OrganizationTeamsResolver,
  ProblemOfPracticeQueries,
  ProblemOfPracticeResolver,
  TeamLeaQueries,
  TeamLeaResolver,
  TeamQueries,
  TeamResolver,
} from './team.resolver.js';

export const entities = [Team, TeamLea, ProblemOfPractice, Facilitation];
export const resolvers = [
  TeamQueries,
  TeamResolver,
  TeamLeaQueries,
  TeamLeaResolver,
  ProblemOfPracticeQueries,
  ProblemOfPracticeResolver,
  FacilitationQueries,
  FacilitationResolver,
  CohortTeamsResolver,
  OrganizationTeamsResolver,
];
