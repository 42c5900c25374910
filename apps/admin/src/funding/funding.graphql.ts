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
  // Claims are submitted (by CEI staff, or a community partner for its members), then decided.
  inputs: {
    create: ['membershipId', 'conveningId', 'category', 'amount', 'description'],
    deletable: false,
    createWith: { mutation: 'submitReimbursement', input: 'SubmitReimbursementInput' },
  },
});

/** The totals of stipends and reimbursements against the appropriation (CEI staff). */
export const FUNDING_SUMMARY = gql`
  query FundingSummary($cohortId: ID, $programYear: String) {
    fundingSummary(cohortId: $cohortId, programYear: $programYear) {
      programYear
      appropriation
      stipendsPlanned
      stipendsApproved
      stipendsPaid
      reimbursementsSubmitted
      reimbursementsApproved
      reimbursementsPaid
      committed
      remaining
    }
  }
`;

const STIPEND_STEP = gql`
  fragment StipendStep on Stipend {
    id
    version
    status
    approvedAt
    paidOn
  }
`;

export const APPROVE_STIPEND = gql`
  mutation ApproveStipend($id: ID!, $version: Int!) {
    approveStipend(id: $id, version: $version) {
      ...StipendStep
    }
  }
  ${STIPEND_STEP}
`;

export const PAY_STIPEND = gql`
  mutation PayStipend($id: ID!, $version: Int!, $input: PayInput!) {
    payStipend(id: $id, version: $version, input: $input) {
      ...StipendStep
    }
  }
  ${STIPEND_STEP}
`;

const REIMBURSEMENT_STEP = gql`
  fragment ReimbursementStep on Reimbursement {
    id
    version
    status
    decidedAt
    paidOn
  }
`;

export const APPROVE_REIMBURSEMENT = gql`
  mutation ApproveReimbursement($id: ID!, $version: Int!) {
    approveReimbursement(id: $id, version: $version) {
      ...ReimbursementStep
    }
  }
  ${REIMBURSEMENT_STEP}
`;

export const APPROVE_REIMBURSEMENTS = gql`
  mutation ApproveReimbursements($input: ApproveReimbursementsInput!) {
    approveReimbursements(input: $input) {
      ...ReimbursementStep
    }
  }
  ${REIMBURSEMENT_STEP}
`;

export const REJECT_REIMBURSEMENT = gql`
  mutation RejectReimbursement($id: ID!, $version: Int!, $input: RejectReimbursementInput!) {
    rejectReimbursement(id: $id, version: $version, input: $input) {
      ...ReimbursementStep
    }
  }
  ${REIMBURSEMENT_STEP}
`;

export const PAY_REIMBURSEMENT = gql`
  mutation PayReimbursement($id: ID!, $version: Int!, $input: PayInput!) {
    payReimbursement(id: $id, version: $version, input: $input) {
      ...ReimbursementStep
    }
  }
  ${REIMBURSEMENT_STEP}
`;

export const FUNDING_DOCUMENTS = {
  FUNDING_SUMMARY,
  APPROVE_STIPEND,
  PAY_STIPEND,
  APPROVE_REIMBURSEMENT,
  APPROVE_REIMBURSEMENTS,
  REJECT_REIMBURSEMENT,
  PAY_REIMBURSEMENT,
};

/** Totals of funding (`FundingSummary`): decimal strings, never floats. */
export interface FundingSummary {
  programYear: string | null;
  appropriation: string;
  stipendsPlanned: string;
  stipendsApproved: string;
  stipendsPaid: string;
  reimbursementsSubmitted: string;
  reimbursementsApproved: string;
  reimbursementsPaid: string;
  committed: string;
  remaining: string;
}
