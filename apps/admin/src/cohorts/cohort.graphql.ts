import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

const cohortFields = [
  'number',
  'name',
  'phase',
  'status',
  'description',
  'applicationOpensAt',
  'applicationDueAt',
  'deadlineReason',
  'firstConveningOn',
  'minimumCommitmentYears',
  'conveningsExpectedPerYear',
  'stipendPerTeamPerYear',
];

export const cohortDefinition = defineResource({
  name: 'cohorts',
  type: 'Cohort',
  fragment: gql`
    fragment CohortFields on Cohort {
      id
      version
      number
      name
      phase
      status
      description
      applicationOpensAt
      applicationDueAt
      firstConveningOn
      minimumCommitmentYears
      conveningsExpectedPerYear
      stipendPerTeamPerYear
      teamCount: teams {
        totalCount
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['number', 'name', 'status', 'applicationDueAt', 'firstConveningOn'],
  filters: ['q', 'phase', 'status'],
  inputs: { create: cohortFields, update: cohortFields },
});

/** The settings of a cohort's application deadline, kept as it moves. */
export const cohortDeadlineDefinition = defineResource({
  name: 'cohortDeadlines',
  type: 'CohortDeadline',
  fragment: gql`
    fragment CohortDeadlineFields on CohortDeadline {
      id
      version
      dueAt
      setAt
      reason
    }
  `,
  sortFields: ['dueAt', 'setAt'],
  filters: ['cohortId'],
});

/** A team of an earlier cohort facilitating a later one. */
export const facilitationDefinition = defineResource({
  name: 'facilitations',
  type: 'Facilitation',
  fragment: gql`
    fragment FacilitationFields on Facilitation {
      id
      version
      startedOn
      team {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  `,
  sortFields: ['startedOn', 'createdAt'],
  filters: ['cohortId', 'teamId'],
});

/** What a change to a cohort's window answers: the window, its status and version. */
const COHORT_WINDOW = gql`
  fragment CohortWindow on Cohort {
    id
    version
    status
    applicationOpensAt
    applicationDueAt
  }
`;

export const OPEN_RECRUITMENT = gql`
  mutation OpenRecruitment($cohortId: ID!, $version: Int!, $input: OpenRecruitmentInput!) {
    cohort: openRecruitment(cohortId: $cohortId, version: $version, input: $input) {
      ...CohortWindow
    }
  }
  ${COHORT_WINDOW}
`;

export const MOVE_APPLICATION_DEADLINE = gql`
  mutation MoveApplicationDeadline(
    $cohortId: ID!
    $version: Int!
    $input: MoveApplicationDeadlineInput!
  ) {
    cohort: moveApplicationDeadline(cohortId: $cohortId, version: $version, input: $input) {
      ...CohortWindow
    }
  }
  ${COHORT_WINDOW}
`;

export const COHORT_DOCUMENTS = { OPEN_RECRUITMENT, MOVE_APPLICATION_DEADLINE };
