import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import {
  LeadAgencyQueries,
  LeadAgencyResolver,
  OrganizationQueries,
  OrganizationResolver,
} from './organization.resolver.js';

export const entities = [Organization, LeadAgency];
export const resolvers = [
  OrganizationQueries,
  OrganizationResolver,
  LeadAgencyQueries,
  LeadAgencyResolver,
];
