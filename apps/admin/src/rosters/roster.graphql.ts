import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

const personInputs = [
  'kind',
  'givenName',
  'familyName',
  'title',
  'email',
  'phone',
  'preferredLanguage',
  'employerId',
];

export const personDefinition = defineResource({
  name: 'people',
  type: 'Person',
  fragment: gql`
    fragment PersonFields on Person {
      id
      version
      kind
      givenName
      familyName
      title
      email
      phone
      preferredLanguage
      employer {
        id
        name
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['familyName', 'givenName', 'kind', 'createdAt'],
  filters: ['q', 'kind', 'preferredLanguage', 'employerId'],
  inputs: { create: personInputs, update: personInputs },
});

const membershipInputs = ['organizationId', 'role', 'startedOn', 'endedOn', 'endReason', 'endNote'];

export const membershipDefinition = defineResource({
  name: 'memberships',
  type: 'Membership',
  fragment: gql`
    fragment MembershipFields on Membership {
      id
      version
      role
      startedOn
      endedOn
      endReason
      endNote
      team {
        id
        name
      }
      person {
        id
        givenName
        familyName
      }
      organization {
        id
        name
        kind
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['role', 'startedOn', 'endedOn', 'createdAt'],
  filters: ['teamId', 'personId', 'cohortId', 'role', 'active'],
  inputs: { create: ['teamId', 'personId', ...membershipInputs], update: membershipInputs },
});

export const END_MEMBERSHIP = gql`
  mutation EndMembership($id: ID!, $version: Int!, $input: EndMembershipInput!) {
    membership: endMembership(id: $id, version: $version, input: $input) {
      id
      version
      endedOn
      endReason
      endNote
    }
  }
`;

export const END_MEMBERSHIPS = gql`
  mutation EndMemberships($input: EndMembershipsInput!) {
    memberships: endMemberships(input: $input) {
      id
      version
      endedOn
      endReason
      endNote
    }
  }
`;

export const ROSTER_DOCUMENTS = { END_MEMBERSHIP, END_MEMBERSHIPS };
