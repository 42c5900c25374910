import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

const teamInputs = [
  'name',
  'status',
  'leadLeaId',
  'memberLeaIds',
  'focusSchoolId',
  'joinedOn',
  'commitmentEndsOn',
  'problemOfPractice',
];

export const teamDefinition = defineResource({
  name: 'teams',
  type: 'Team',
  fragment: gql`
    fragment TeamFields on Team {
      id
      version
      name
      inScope
      status
      joinedOn
      commitmentEndsOn
      isConsortium
      problemOfPractice
      cohort {
        id
        name
      }
      leadLea {
        id
        name
        countyOffice {
          id
          name
        }
      }
      memberLeas {
        id
        name
      }
      focusSchool {
        id
        name
        gradeSpan
      }
      application {
        id
        status
      }
      createdAt
      updatedAt
    }
  `,
  sortFields: ['name', 'status', 'joinedOn', 'commitmentEndsOn'],
  filters: ['q', 'cohortId', 'status', 'countyOfficeId', 'leadLeaId'],
  inputs: { create: ['cohortId', ...teamInputs], update: teamInputs },
});

/** The versions of a team's problem of practice, as it changed over time. */
export const problemOfPracticeDefinition = defineResource({
  name: 'problemsOfPractice',
  type: 'ProblemOfPractice',
  fragment: gql`
    fragment ProblemOfPracticeFields on ProblemOfPractice {
      id
      version
      effectiveOn
      text
      createdAt
    }
  `,
  sortFields: ['effectiveOn', 'createdAt'],
  filters: ['teamId'],
});
