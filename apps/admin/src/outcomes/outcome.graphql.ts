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
      liaison {
        id
        displayName
      }
      createdAt
    }
  `,
  sortFields: ['occurredOn', 'kind', 'createdAt'],
  filters: ['q', 'teamId', 'kind', 'countyOfficeId'],
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
});
