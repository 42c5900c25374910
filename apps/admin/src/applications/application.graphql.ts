import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const applicationDefinition = defineResource({
  name: 'applications',
  type: 'Application',
  fragment: gql`
    fragment ApplicationFields on Application {
      id
      version
      status
      isLate
      submittedAt
      decidedAt
      cohort {
        id
        name
      }
      lea {
        id
        name
      }
      memberLeas {
        id
        name
      }
      focusSchool {
        id
        name
      }
      team {
        id
        name
      }
      contactName
      contactPhone
      contactEmail
      superintendentName
      signedOn
      districtDescription
      motivation
      engagementHistory
      difficultConversations
      underservedEngagement
      ruralCircumstances
      createdAt
      updatedAt
    }
  `,
  sortFields: ['status', 'submittedAt', 'decidedAt', 'createdAt'],
  filters: ['q', 'cohortId', 'status', 'isLate', 'leaId'],
});

export const reviewDefinition = defineResource({
  name: 'reviews',
  type: 'Review',
  fragment: gql`
    fragment ReviewFields on Review {
      id
      version
      comment
      submittedAt
      application {
        id
        lea {
          id
          name
        }
        cohort {
          id
          name
        }
      }
      reviewer {
        id
        displayName
      }
      createdAt
    }
  `,
  sortFields: ['submittedAt', 'createdAt'],
  filters: ['applicationId', 'cohortId', 'reviewerId', 'submitted'],
});

/** A review's score on one criterion of its cohort's rubric. */
export const reviewScoreDefinition = defineResource({
  name: 'reviewScores',
  type: 'ReviewScore',
  fragment: gql`
    fragment ReviewScoreFields on ReviewScore {
      id
      version
      score
      criterion {
        id
        name
        maxScore
        weight
        position
      }
    }
  `,
  sortFields: ['score', 'createdAt'],
  filters: ['reviewId', 'applicationId'],
});
