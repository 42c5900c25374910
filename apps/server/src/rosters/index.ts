import { TeamCoverageResolver, VacancyResolver } from './coverage.resolver.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import {
  MembershipQueries,
  MembershipReferences,
  MembershipResolver,
  PersonChildren,
  PersonQueries,
  PersonReferences,
  PersonResolver,
  TeamChildren,
} from './roster.resolver.js';

export const entities = [Person, Membership];
export const resolvers = [
  PersonQueries,
  PersonResolver,
  PersonChildren,
  PersonReferences,
  MembershipQueries,
  MembershipResolver,
  MembershipReferences,
  TeamChildren,
  TeamCoverageResolver,
  VacancyResolver,
];
