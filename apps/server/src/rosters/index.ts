import { TeamCoverageResolver, VacancyResolver } from './coverage.resolver.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import {
  MembershipMutations,
  MembershipQueries,
  MembershipReferences,
  MembershipResolver,
  PersonChildren,
  PersonMutations,
  PersonQueries,
  PersonReferences,
  TeamChildren,
} from './roster.resolver.js';

export const entities = [Person, Membership];
export const resolvers = [
  PersonQueries,
  PersonMutations,
  PersonChildren,
  PersonReferences,
  MembershipQueries,
  MembershipMutations,
  MembershipResolver,
  MembershipReferences,
  TeamChildren,
  TeamCoverageResolver,
  VacancyResolver,
];
