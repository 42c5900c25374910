import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const organizationDefinition = defineResource({
  name: 'organizations',
  type: 'Organization',
  fragment: gql`
    fragment OrganizationFields on Organization {
      id
      version
      kind
      name
      shortName
      cdsCode
      city
      website
      countyCode
      leaType
      locale
      gradeSpan
      countyOffice {
        id
        name
      }
      lea {
        id
        name
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['name', 'kind', 'cdsCode', 'createdAt'],
  filters: ['q', 'kind', 'countyOfficeId', 'leaId', 'leaType', 'locale', 'gradeSpan'],
  inputs: {
    create: [
      'kind',
      'name',
      'shortName',
      'cdsCode',
      'city',
      'website',
      'countyCode',
      'countyOfficeId',
      'leaType',
      'locale',
      'leaId',
      'gradeSpan',
    ],
    update: [
      'name',
      'shortName',
      'cdsCode',
      'city',
      'website',
      'countyCode',
      'countyOfficeId',
      'leaType',
      'locale',
      'leaId',
      'gradeSpan',
    ],
  },
});

export const leadAgencyDefinition = defineResource({
  name: 'leadAgencies',
  type: 'LeadAgency',
  fragment: gql`
    fragment LeadAgencyFields on LeadAgency {
      id
      version
      phase
      isLead
      responsibility
      organization {
        id
        name
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['phase', 'createdAt'],
  filters: ['phase'],
});
