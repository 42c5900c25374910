import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import {
  LeadAgencyQueries,
  LeadAgencyReferences,
  OrganizationChildren,
  OrganizationMutations,
  OrganizationQueries,
  OrganizationReferences,
} from './organization.resolver.js';

export const entities = [Organization, LeadAgency];
export const resolvers = [
  OrganizationQueries,
  OrganizationMutations,
  OrganizationReferences,
  OrganizationChildren,
  LeadAgencyQueries,
  LeadAgencyReferences,
];
