import { gql } from '@apollo/client';
import type {
  ApplicationStatus,
  CheckInKind,
  ConveningKind,
  MetricDirection,
  Modality,
  StipendStatus,
  TeamRole,
} from '@cei/domain';
import { VACANCY_FIELDS, type VacancyRecord } from '../teams/team.graphql';

/**
 * One query per role's dashboard, each asking the server only for what that role may read: the
 * scope is applied there (`teams(filter: { inScope: true })`, the counts of `applicationCounts`
 * and `stipendCounts`, the disclosed attendance of `attendanceTrend`), never filtered here.
 */

const SUMMARY = gql`
  fragment DashboardAttendance on AttendanceSummary {
    present
    absent
    excused
    total
    rate
  }
`;

const CONVENING = gql`
  fragment DashboardConvening on Convening {
    id
    title
    programYear
    number
    kind
    modality
    startsAt
    venue
    overnightStay
    cohorts {
      id
      name
    }
  }
`;

const TREND = gql`
  fragment DashboardTrend on Cohort {
    id
    name
    number
    attendanceTrend {
      convening {
        id
        title
        programYear
        number
        startsAt
      }
      attendanceSummary {
        ...DashboardAttendance
      }
    }
  }
  ${SUMMARY}
`;

const PROGRESS = gql`
  fragment DashboardProgress on MetricProgress {
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
`;

export const STAFF_DASHBOARD = gql`
  query StaffDashboard($now: DateTime!) {
    cohorts(limit: 100, orderBy: [{ field: NUMBER, direction: DESC }]) {
      nodes {
        status
        ...DashboardTrend
      }
    }
    applicationCounts {
      cohort {
        id
      }
      status
      count
    }
    overdue: vacancies(filter: { status: OVERDUE }) {
      ...VacancyFields
    }
    due: vacancies(filter: { status: DUE }) {
      ...VacancyFields
    }
    convenings(
      filter: { startsAtFrom: $now }
      orderBy: [{ field: STARTS_AT, direction: ASC }]
      limit: 5
    ) {
      totalCount
      nodes {
        ...DashboardConvening
      }
    }
    stipendCounts {
      status
      count
      amount
    }
    fundingSummary {
      appropriation
      committed
      remaining
      stipendsPlanned
      stipendsApproved
      stipendsPaid
      reimbursementsSubmitted
      reimbursementsApproved
      reimbursementsPaid
    }
  }
  ${TREND}
  ${VACANCY_FIELDS}
  ${CONVENING}
`;

export const LIAISON_DASHBOARD = gql`
  query LiaisonDashboard($programYear: String!) {
    teams(filter: { inScope: true }, limit: 100) {
      totalCount
      nodes {
        id
        name
        cohort {
          id
          name
        }
        composition {
          isComplete
          missingRoles
        }
        overdue: vacancies(status: OVERDUE) {
          id
        }
        due: vacancies(status: DUE) {
          id
        }
        year: attendanceSummary(programYear: $programYear) {
          ...DashboardAttendance
        }
        allYears: attendanceSummary {
          ...DashboardAttendance
        }
        metricProgress {
          ...DashboardProgress
        }
      }
    }
    overdue: vacancies(filter: { status: OVERDUE }) {
      ...VacancyFields
    }
    due: vacancies(filter: { status: DUE }) {
      ...VacancyFields
    }
    checkIns(orderBy: [{ field: OCCURRED_ON, direction: DESC }], limit: 5) {
      totalCount
      nodes {
        id
        occurredOn
        kind
        summary
        team {
          id
          name
        }
      }
    }
    followUps(filter: { completed: false }, orderBy: [{ field: DUE_ON, direction: ASC }], limit: 10) {
      totalCount
      nodes {
        id
        description
        dueOn
        checkIn {
          id
          occurredOn
          team {
            id
            name
          }
        }
      }
    }
  }
  ${SUMMARY}
  ${PROGRESS}
  ${VACANCY_FIELDS}
`;

/**
 * The next convenings of some cohorts (a team's own and those it facilitates), asked once the
 * teams are known: nested under the teams, the query would pass the server's depth limit.
 */
export const UPCOMING_CONVENINGS = gql`
  query UpcomingConvenings($cohortIds: [ID!]!, $now: DateTime!) {
    cohorts(filter: { ids: $cohortIds }, limit: 100) {
      nodes {
        id
        name
        convenings(
          filter: { startsAtFrom: $now }
          orderBy: [{ field: STARTS_AT, direction: ASC }]
          limit: 5
        ) {
          nodes {
            ...DashboardConvening
          }
        }
      }
    }
  }
  ${CONVENING}
`;

const TEAM_COHORTS = gql`
  fragment DashboardTeamCohorts on Team {
    cohort {
      id
      name
    }
    facilitations(limit: 10) {
      nodes {
        id
        cohort {
          id
          name
        }
      }
    }
  }
`;

export const PARTNER_DASHBOARD = gql`
  query PartnerDashboard {
    teams(filter: { inScope: true }, limit: 100) {
      totalCount
      nodes {
        id
        name
        composition {
          isComplete
          missingRoles
        }
        ...DashboardTeamCohorts
      }
    }
  }
  ${TEAM_COHORTS}
`;

export const LEAD_DASHBOARD = gql`
  query LeadDashboard($programYear: String!) {
    teams(filter: { inScope: true }, limit: 10) {
      nodes {
        id
        name
        composition {
          isComplete
          missingRoles
        }
        overdue: vacancies(status: OVERDUE) {
          ...VacancyFields
        }
        due: vacancies(status: DUE) {
          ...VacancyFields
        }
        ...DashboardTeamCohorts
        attendanceSummary(programYear: $programYear) {
          ...DashboardAttendance
        }
        measurements(limit: 100, orderBy: [{ field: PERIOD_START, direction: ASC }]) {
          nodes {
            id
            value
            periodStart
            periodEnd
            isBaseline
            metric {
              id
            }
          }
        }
        metricProgress {
          ...DashboardProgress
        }
      }
    }
  }
  ${VACANCY_FIELDS}
  ${TEAM_COHORTS}
  ${SUMMARY}
  ${PROGRESS}
`;

export const API_DASHBOARD = gql`
  query ApiDashboard {
    countyOffices: organizations(filter: { kind: COUNTY_OFFICE }, limit: 0) {
      totalCount
    }
    leas: organizations(filter: { kind: LEA }, limit: 0) {
      totalCount
    }
    schools: organizations(filter: { kind: SCHOOL }, limit: 0) {
      totalCount
    }
    communityOrganizations: organizations(filter: { kind: COMMUNITY_ORGANIZATION }, limit: 0) {
      totalCount
    }
    teams(filter: { status: ACTIVE }, limit: 0) {
      totalCount
    }
    cohorts(limit: 100, orderBy: [{ field: NUMBER, direction: DESC }]) {
      totalCount
      nodes {
        status
        teams(limit: 0) {
          totalCount
        }
        attendanceSummary {
          ...DashboardAttendance
        }
        ...DashboardTrend
      }
    }
    metrics(limit: 100) {
      nodes {
        id
        name
        unit
        direction
        progressSummary {
          teamCount
          improvedCount
          worsenedCount
          unchangedCount
          baselineMean
          latestMean
        }
      }
    }
  }
  ${SUMMARY}
  ${TREND}
`;

export const DASHBOARD_DOCUMENTS = {
  STAFF_DASHBOARD,
  LIAISON_DASHBOARD,
  PARTNER_DASHBOARD,
  LEAD_DASHBOARD,
  UPCOMING_CONVENINGS,
  API_DASHBOARD,
};

// --- the shapes the screens read --------------------------------------------------------------

export interface AttendanceFigures {
  present: number;
  absent: number;
  excused: number;
  total: number;
  rate: number | null;
}

export interface ConveningRecord {
  id: string;
  title: string | null;
  programYear: string;
  number: number;
  kind: ConveningKind;
  modality: Modality;
  startsAt: string;
  venue: string | null;
  overnightStay: boolean;
  cohorts: { id: string; name: string }[];
}

export interface TrendCohort {
  id: string;
  name: string;
  number: number;
  attendanceTrend: {
    convening: {
      id: string;
      title: string | null;
      programYear: string;
      number: number;
      startsAt: string;
    } | null;
    attendanceSummary: AttendanceFigures;
  }[];
}

export interface MeasuredPoint {
  id: string;
  value: number;
  periodStart: string;
  periodEnd: string;
}

export interface ProgressRecord {
  change: number | null;
  isImprovement: boolean | null;
  metric: { id: string; name: string; unit: string; direction: MetricDirection } | null;
  baseline: MeasuredPoint | null;
  latest: MeasuredPoint | null;
}

export interface Composition {
  isComplete: boolean;
  missingRoles: TeamRole[];
}

export interface FundingFigures {
  appropriation: string;
  committed: string;
  remaining: string;
  stipendsPlanned: string;
  stipendsApproved: string;
  stipendsPaid: string;
  reimbursementsSubmitted: string;
  reimbursementsApproved: string;
  reimbursementsPaid: string;
}

export interface StaffDashboardData {
  cohorts: { nodes: (TrendCohort & { status: string })[] };
  applicationCounts: { cohort: { id: string } | null; status: ApplicationStatus; count: number }[];
  overdue: VacancyRecord[];
  due: VacancyRecord[];
  convenings: { totalCount: number; nodes: ConveningRecord[] };
  stipendCounts: { status: StipendStatus; count: number; amount: string }[];
  fundingSummary: FundingFigures;
}

export interface LiaisonTeam {
  id: string;
  name: string;
  cohort: { id: string; name: string } | null;
  composition: Composition | null;
  overdue: { id: string }[];
  due: { id: string }[];
  year: AttendanceFigures | null;
  allYears: AttendanceFigures | null;
  metricProgress: ProgressRecord[];
}

export interface LiaisonDashboardData {
  teams: { totalCount: number; nodes: LiaisonTeam[] };
  overdue: VacancyRecord[];
  due: VacancyRecord[];
  checkIns: {
    totalCount: number;
    nodes: {
      id: string;
      occurredOn: string;
      kind: CheckInKind;
      summary: string;
      team: { id: string; name: string } | null;
    }[];
  };
  followUps: {
    totalCount: number;
    nodes: {
      id: string;
      description: string;
      dueOn: string | null;
      checkIn: {
        id: string;
        occurredOn: string;
        team: { id: string; name: string } | null;
      } | null;
    }[];
  };
}

export interface CohortRef {
  id: string;
  name: string;
}

export interface TeamCohorts {
  cohort: CohortRef | null;
  facilitations: { nodes: { id: string; cohort: CohortRef | null }[] };
}

export interface UpcomingConveningsData {
  cohorts: { nodes: (CohortRef & { convenings: { nodes: ConveningRecord[] } })[] };
}

export interface PartnerDashboardData {
  teams: {
    totalCount: number;
    nodes: (TeamCohorts & {
      id: string;
      name: string;
      composition: Composition | null;
    })[];
  };
}

export interface LeadTeam extends TeamCohorts {
  id: string;
  name: string;
  composition: Composition | null;
  overdue: VacancyRecord[];
  due: VacancyRecord[];
  attendanceSummary: AttendanceFigures | null;
  measurements: {
    nodes: (MeasuredPoint & { isBaseline: boolean; metric: { id: string } | null })[];
  };
  metricProgress: ProgressRecord[];
}

export interface LeadDashboardData {
  teams: { nodes: LeadTeam[] };
}

export interface MetricSummaryRecord {
  id: string;
  name: string;
  unit: string;
  direction: MetricDirection;
  progressSummary: {
    teamCount: number;
    improvedCount: number;
    worsenedCount: number;
    unchangedCount: number;
    baselineMean: number | null;
    latestMean: number | null;
  };
}

export interface ApiDashboardData {
  countyOffices: { totalCount: number };
  leas: { totalCount: number };
  schools: { totalCount: number };
  communityOrganizations: { totalCount: number };
  teams: { totalCount: number };
  cohorts: {
    totalCount: number;
    nodes: (TrendCohort & {
      status: string;
      teams: { totalCount: number };
      attendanceSummary: AttendanceFigures | null;
    })[];
  };
  metrics: { nodes: MetricSummaryRecord[] };
}
