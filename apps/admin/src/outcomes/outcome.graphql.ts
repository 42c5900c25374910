import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const metricDefinition = defineResource({
  name: 'metrics',
  type: 'Metric',
  fragment: gql`
    fragment MetricFields on Metric {
      id
      version
      key
      name
      description
      unit
      direction
      createdAt
    }
  `,
  sortFields: ['name', 'key', 'createdAt'],
  filters: ['q', 'direction'],
  inputs: {
    create: ['key', 'name', 'description', 'unit', 'direction'],
    update: ['key', 'name', 'description', 'unit', 'direction'],
    deletable: false,
  },
});

export const measurementDefinition = defineResource({
  name: 'measurements',
  type: 'Measurement',
  fragment: gql`
    fragment MeasurementFields on Measurement {
      id
      version
      periodStart
      periodEnd
      value
      source
      isBaseline
      changeFromBaseline
      metric {
        id
        name
        unit
      }
      team {
        id
        name
      }
      createdAt
    }
  `,
  sortFields: ['periodStart', 'periodEnd', 'value', 'createdAt'],
  filters: ['teamId', 'metricId', 'cohortId', 'isBaseline'],
  // A measurement is recorded (CEI staff; a team lead for their own team).
  inputs: {
    create: ['teamId', 'metricId', 'periodStart', 'periodEnd', 'value', 'source', 'isBaseline'],
    update: ['periodStart', 'periodEnd', 'value', 'source', 'isBaseline'],
    createWith: { mutation: 'recordMeasurement', input: 'RecordMeasurementInput' },
  },
});

export const checkInDefinition = defineResource({
  name: 'checkIns',
  type: 'CheckIn',
  fragment: gql`
    fragment CheckInFields on CheckIn {
      id
      version
      occurredOn
      kind
      summary
      team {
        id
        name
      }
      liaisonName
      createdAt
    }
  `,
  sortFields: ['occurredOn', 'kind', 'createdAt'],
  filters: ['q', 'teamId', 'kind', 'countyOfficeId'],
  inputs: {
    create: ['teamId', 'occurredOn', 'kind', 'summary'],
    update: ['occurredOn', 'kind', 'summary'],
  },
});

export const deliverableDefinition = defineResource({
  name: 'deliverables',
  type: 'Deliverable',
  fragment: gql`
    fragment DeliverableFields on Deliverable {
      id
      version
      key
      title
      description
      statute
      dueOn
      status
      evidence
      completedOn
      createdAt
    }
  `,
  sortFields: ['dueOn', 'status', 'title', 'completedOn'],
  filters: ['q', 'status'],
  // Statutory milestones: their status and evidence change, the milestones do not.
  inputs: { update: ['status', 'evidence', 'completedOn'], deletable: false },
});

/** What is to be done after a check-in, and whether it was. */
export const followUpDefinition = defineResource({
  name: 'followUps',
  type: 'FollowUp',
  fragment: gql`
    fragment FollowUpFields on FollowUp {
      id
      version
      description
      dueOn
      completedOn
    }
  `,
  sortFields: ['dueOn', 'completedOn', 'createdAt'],
  filters: ['checkInId', 'teamId', 'completed'],
  // Added to a check-in by addFollowUp (below), then changed (done) by updateFollowUp.
  inputs: { update: ['description', 'dueOn', 'completedOn'], deletable: false },
});

export const ADD_FOLLOW_UP = gql`
  mutation AddFollowUp($checkInId: ID!, $input: FollowUpInput!) {
    addFollowUp(checkInId: $checkInId, input: $input) {
      id
      version
      description
      dueOn
      completedOn
    }
  }
`;

export const OUTCOME_DOCUMENTS = { ADD_FOLLOW_UP };
