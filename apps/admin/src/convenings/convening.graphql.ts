import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

const conveningInputs = [
  'cohortIds',
  'programYear',
  'number',
  'title',
  'kind',
  'modality',
  'startsAt',
  'endsAt',
  'venue',
  'videoUrl',
  'overnightStay',
];

export const conveningDefinition = defineResource({
  name: 'convenings',
  type: 'Convening',
  fragment: gql`
    fragment ConveningFields on Convening {
      id
      version
      programYear
      number
      title
      kind
      modality
      startsAt
      endsAt
      venue
      videoUrl
      overnightStay
      cohorts {
        id
        name
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['startsAt', 'programYear', 'number', 'kind'],
  filters: ['q', 'cohortId', 'programYear', 'kind', 'modality'],
  inputs: { create: conveningInputs, update: conveningInputs },
});

export const attendanceDefinition = defineResource({
  name: 'attendances',
  type: 'Attendance',
  fragment: gql`
    fragment AttendanceFields on Attendance {
      id
      version
      status
      mode
      convening {
        id
        programYear
        number
        title
        startsAt
      }
      membership {
        id
        role
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
      createdAt
    }
  `,
  sortFields: ['status', 'createdAt'],
  filters: ['conveningId', 'membershipId', 'teamId', 'status', 'mode'],
});
