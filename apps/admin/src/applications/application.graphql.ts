import { gql } from '@apollo/client';
import type { ApplicationStatus, DocumentFormat } from '@cei/domain';
import { defineResource } from '../data/resource';

/** The parts of a letter of interest a draft can change (the LEA and cohort are set on creation). */
const letterInputs = [
  'memberLeaIds',
  'focusSchoolId',
  'contactName',
  'contactPhone',
  'contactEmail',
  'superintendentName',
  'signedOn',
  'districtDescription',
  'motivation',
  'engagementHistory',
  'difficultConversations',
  'underservedEngagement',
  'ruralCircumstances',
];

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
        applicationDueAt
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
      ...ApplicationProgressFields
      createdAt
      updatedAt
    }

    # What the workflow adds to a letter (issue 4): what is missing, its documents, its score.
    fragment ApplicationProgressFields on Application {
      missingParts
      totalScore
      rank
      documents(limit: 10, orderBy: [{ field: UPLOADED_AT, direction: DESC }]) {
        nodes {
          id
          format
          fileName
          byteSize
          contentType
          uploadedAt
          downloadUrl
        }
      }
    }
  `,
  sortFields: ['status', 'submittedAt', 'decidedAt', 'createdAt'],
  filters: ['q', 'cohortId', 'status', 'statuses', 'isLate', 'leaId'],
  // The deadline a submission is measured against: the cohort's, as last moved.
  normalize: (record) => ({
    ...record,
    deadline: (record.cohort as { applicationDueAt?: string } | null)?.applicationDueAt ?? null,
  }),
  inputs: {
    create: ['cohortId', 'leaId', ...letterInputs],
    update: letterInputs,
    deletable: false,
  },
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
      totalScore
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

/** A cohort's rubric: the criteria reviewers score, in order, with their maximum and weight. */
export const rubricCriterionDefinition = defineResource({
  name: 'rubricCriteria',
  type: 'RubricCriterion',
  fragment: gql`
    fragment RubricCriterionFields on RubricCriterion {
      id
      version
      key
      name
      description
      maxScore
      weight
      position
      cohort {
        id
        name
      }
    }
  `,
  sortFields: ['position', 'name', 'key'],
  filters: ['cohortId'],
  inputs: {
    create: ['cohortId', 'key', 'name', 'description', 'maxScore', 'weight', 'position'],
    update: ['name', 'description', 'maxScore', 'weight', 'position'],
  },
});

/** What a transition answers: enough to show the new status without reading the letter again. */
const TRANSITIONED = gql`
  fragment TransitionedApplication on Application {
    id
    version
    status
    isLate
    submittedAt
    decidedAt
    team {
      id
      name
    }
  }
`;

export const SUBMIT_APPLICATION = gql`
  mutation SubmitApplication($id: ID!, $version: Int!) {
    application: submitApplication(id: $id, version: $version) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const WITHDRAW_APPLICATION = gql`
  mutation WithdrawApplication($id: ID!, $version: Int!) {
    application: withdrawApplication(id: $id, version: $version) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const START_APPLICATION_REVIEW = gql`
  mutation StartApplicationReview($id: ID!, $version: Int!) {
    application: startApplicationReview(id: $id, version: $version) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const WAITLIST_APPLICATION = gql`
  mutation WaitlistApplication($id: ID!, $version: Int!) {
    application: waitlistApplication(id: $id, version: $version) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const DECLINE_APPLICATION = gql`
  mutation DeclineApplication($id: ID!, $version: Int!) {
    application: declineApplication(id: $id, version: $version) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const SELECT_APPLICATION = gql`
  mutation SelectApplication($id: ID!, $version: Int!, $input: SelectApplicationInput!) {
    application: selectApplication(id: $id, version: $version, input: $input) {
      ...TransitionedApplication
    }
  }
  ${TRANSITIONED}
`;

export const UPLOAD_APPLICATION_DOCUMENT = gql`
  mutation UploadApplicationDocument($applicationId: ID!, $input: UploadApplicationDocumentInput!) {
    document: uploadApplicationDocument(applicationId: $applicationId, input: $input) {
      id
      format
      fileName
      byteSize
      downloadUrl
    }
  }
`;

/** A review as its author edits it: the scores per criterion. */
const OWN_REVIEW = gql`
  fragment OwnReviewFields on Review {
    id
    version
    comment
    submittedAt
    totalScore
    scores(limit: 100) {
      nodes {
        id
        score
        criterion {
          id
        }
      }
    }
  }
`;

/** The letter, its cohort's rubric and the viewer's own review of it: the review screen. */
export const REVIEW_WORKSPACE = gql`
  query ReviewWorkspace($applicationId: ID!, $cohortId: ID!, $reviewerId: ID!) {
    rubric: rubricCriteria(
      filter: { cohortId: $cohortId }
      orderBy: [{ field: POSITION, direction: ASC }]
      limit: 100
    ) {
      nodes {
        id
        name
        description
        maxScore
        weight
        position
      }
    }
    reviews(filter: { applicationId: $applicationId, reviewerId: $reviewerId }, limit: 1) {
      nodes {
        ...OwnReviewFields
      }
    }
  }
  ${OWN_REVIEW}
`;

export const SAVE_REVIEW = gql`
  mutation SaveReview($applicationId: ID!, $input: SaveReviewInput!) {
    review: saveReview(applicationId: $applicationId, input: $input) {
      ...OwnReviewFields
    }
  }
  ${OWN_REVIEW}
`;

/** A cohort's applications in the order of their scores (at most 100: cohorts have a few dozen). */
export const COHORT_RANKING = gql`
  query CohortRanking($cohortId: ID!) {
    applications(filter: { cohortId: $cohortId }, limit: 100) {
      nodes {
        id
        status
        isLate
        submittedAt
        totalScore
        rank
        lea {
          id
          name
        }
        reviews(filter: { submitted: true }) {
          totalCount
        }
      }
    }
  }
`;

export const APPLICATION_DOCUMENTS = {
  SUBMIT_APPLICATION,
  WITHDRAW_APPLICATION,
  START_APPLICATION_REVIEW,
  WAITLIST_APPLICATION,
  DECLINE_APPLICATION,
  SELECT_APPLICATION,
  UPLOAD_APPLICATION_DOCUMENT,
  REVIEW_WORKSPACE,
  SAVE_REVIEW,
  COHORT_RANKING,
};

/** An uploaded letter, as the application's fragment reads it. */
export interface ApplicationDocumentRecord {
  id: string;
  format: DocumentFormat;
  fileName: string;
  byteSize: number;
  contentType: string;
  uploadedAt: string;
  downloadUrl: string;
}

/** An application as its screens read it (the fragment above). */
export interface ApplicationRecord {
  id: string;
  version: number;
  status: ApplicationStatus;
  isLate: boolean;
  submittedAt: string | null;
  deadline: string | null;
  missingParts: string[];
  totalScore: number | null;
  rank: number | null;
  cohort: { id: string; name: string } | null;
  lea: { id: string; name: string } | null;
  documents?: { nodes: ApplicationDocumentRecord[] } | null;
  [field: string]: unknown;
}
