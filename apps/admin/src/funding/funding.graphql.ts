import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const stipendDefinition = defineResource({
  name: 'stipends',
  type: 'Stipend',
  fragment: gql`
    fragment StipendFields on Stipend {
      id
      version
      programYear
      amount
      status
      dueOn
      approvedAt
      paidOn
      team {
        id
        name
      }
      createdAt
    }
  `,
  sortFields: ['programYear', 'dueOn', 'status', 'amount', 'paidOn', 'createdAt'],
  filters: ['teamId', 'cohortId', 'programYear', 'status'],
});

export const reimbursementDefinition = defineResource({
  name: 'reimbursements',
  type: 'Reimbursement',
  fragment: gql`
    fragment ReimbursementFields on Reimbursement {
      id
      version
      category
      amount
      description
      status
      submittedAt
      decidedAt
      paidOn
      membership {
        id
        person {
          id
          givenName
          familyName
        }
        team {
          id
          name
        }
      }
      convening {
        id
        programYear
        number
        title
      }
      createdAt
    }
  `,
  sortFields: ['submittedAt', 'status', 'category', 'amount', 'decidedAt', 'paidOn'],
  filters: [
    'q',
    'status',
    'category',
    'teamId',
    'cohortId',
    'conveningId',
    'membershipId',
    'personId',
  ],
});
