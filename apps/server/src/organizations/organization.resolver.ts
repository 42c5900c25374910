import { PUBLIC, STAFF } from '../graphql/access.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import {
  CreateOrganizationInput,
  LeadAgencyList,
  OrganizationList,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import { createOrganization, updateOrganization } from './organization.service.js';

/** The references of Organization records, resolved through the scope layer (null when out of scope). */
export const OrganizationReferences = referenceFields(Organization, {
  lea: { type: () => Organization, description: 'The LEA of a school.' },
  countyOffice: { type: () => Organization, description: 'The county office of an LEA.' },
});

/** The nested lists of Organization records, read through the scope layer. */
export const OrganizationChildren = childLists(Organization, {
  leas: {
    list: OrganizationList,
    via: 'countyOffice',
    description: 'The LEAs of a county office.',
  },
  schools: { list: OrganizationList, via: 'lea', description: 'The schools of an LEA.' },
});

export const OrganizationMutations = entityMutations(Organization, {
  access: STAFF,
  create: {
    input: CreateOrganizationInput,
    description: 'Adds an organization.',
    run: createOrganization,
  },
  update: {
    input: UpdateOrganizationInput,
    description: 'Changes an organization.',
    run: updateOrganization,
  },
  delete: { description: 'Deletes an organization that nothing refers to; returns its id.' },
});

/** The references of LeadAgency records, resolved through the scope layer (null when out of scope). */
export const LeadAgencyReferences = referenceFields(LeadAgency, {
  organization: { type: () => Organization, description: 'The agency.' },
});

export const OrganizationQueries = entityQueries(Organization, OrganizationList, {
  one: 'organization',
  many: 'organizations',
  description: 'County offices, LEAs, schools, community-based organizations and state agencies.',
  access: [PUBLIC],
});

export const LeadAgencyQueries = entityQueries(LeadAgency, LeadAgencyList, {
  one: 'leadAgency',
  many: 'leadAgencies',
  description: 'The consortium that co-directs the CEI, per phase.',
  access: [PUBLIC],
});
