import { TeamCoverageResolver, VacancyResolver } from './coverage.resolver.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import {
  MembershipQueries,
  MembershipResolver,
  PersonQueries,
  PersonResolver,
  TeamRosterResolver,
} from './roster.resolver.js';

export const entities = [Person, Membership];
export const resolvers = [
  PersonQueries,
  PersonResolver,
  MembershipQueries,
  MembershipResolver,
  TeamRosterResolver,
  TeamCoverageResolver,
  VacancyResolver,
];
