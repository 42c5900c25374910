import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import {
  LeadAgencyQueries,
  LeadAgencyReferences,
  OrganizationQueries,
  OrganizationReferences,
  OrganizationResolver,
} from './organization.resolver.js';

export const entities = [Organization, LeadAgency];
export const resolvers = [
  OrganizationQueries,
  OrganizationResolver,
  OrganizationReferences,
  LeadAgencyQueries,
  LeadAgencyReferences,
];
