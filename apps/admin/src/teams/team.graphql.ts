import { gql } from '@apollo/client';
import type { TeamRole, TeamRoleRequirement, VacancyStatus } from '@cei/domain';
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
  filters: ['q', 'cohortId', 'status', 'countyOfficeId', 'leadLeaId', 'inScope'],
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

/** A vacancy as every screen lists it: the seat, its dates and status, who left and who filled it. */
export const VACANCY_FIELDS = gql`
  fragment VacancyFields on Vacancy {
    id
    role
    openedOn
    dueOn
    status
    daysUntilDue
    filledOn
    team {
      id
      name
    }
    endedMembership {
      id
      endedOn
      endReason
      person {
        id
        givenName
        familyName
      }
    }
    filledByMembership {
      id
      startedOn
      person {
        id
        givenName
        familyName
      }
    }
  }
`;

/** A team's role coverage today (composition) and its vacancies, as the server derives them. */
export const TEAM_HEALTH = gql`
  query TeamHealth($teamId: ID!) {
    team(id: $teamId) {
      id
      composition {
        asOf
        isComplete
        missingRoles
        roles {
          role
          requirement
          isRequired
          activeCount
          isMissing
        }
      }
      vacancies {
        ...VacancyFields
      }
    }
  }
  ${VACANCY_FIELDS}
`;

/** Every vacancy on the viewer's teams, as the vacancies screen filters them. */
export const VACANCIES = gql`
  query Vacancies($filter: VacancyFilter) {
    vacancies(filter: $filter) {
      ...VacancyFields
    }
  }
  ${VACANCY_FIELDS}
`;

/** Each metric's progress on a team: its baseline, latest measurement and the change. */
export const METRIC_PROGRESS = gql`
  query MetricProgress($teamId: ID!) {
    team(id: $teamId) {
      id
      metricProgress {
        change
        isImprovement
        metric {
          id
          name
          unit
          direction
        }
        baseline {
          id
          value
          periodStart
          periodEnd
        }
        latest {
          id
          value
          periodStart
          periodEnd
        }
      }
    }
  }
`;

export const TEAM_DOCUMENTS = { TEAM_HEALTH, VACANCIES, METRIC_PROGRESS };

/** A role's coverage on a team (`RoleCoverage`). */
export interface RoleCoverage {
  role: TeamRole;
  requirement: TeamRoleRequirement;
  isRequired: boolean;
  activeCount: number;
  isMissing: boolean;
}

export interface VacancyRecord {
  id: string;
  role: TeamRole;
  openedOn: string;
  dueOn: string;
  status: VacancyStatus;
  daysUntilDue: number | null;
  filledOn: string | null;
  team: { id: string; name: string } | null;
  endedMembership: {
    id: string;
    endedOn: string | null;
    endReason: string | null;
    person: { id: string; givenName: string | null; familyName: string | null } | null;
  } | null;
  filledByMembership: {
    id: string;
    startedOn: string;
    person: { id: string; givenName: string | null; familyName: string | null } | null;
  } | null;
}
