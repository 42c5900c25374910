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
      attendanceSummary {
        present
        absent
        excused
        total
        rate
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

/** Attendance counts and rate, as every aggregate of attendance reads them. */
const ATTENDANCE_SUMMARY = gql`
  fragment AttendanceSummaryFields on AttendanceSummary {
    present
    absent
    excused
    total
    rate
  }
`;

/**
 * A convening's attendance sheet: every member expected (the active members of its cohorts'
 * teams on its date) with what was recorded for them, and the convening's rate.
 */
export const ATTENDANCE_SHEET = gql`
  query AttendanceSheet($conveningId: ID!) {
    convening(id: $conveningId) {
      id
      version
      title
      programYear
      number
      modality
      startsAt
      attendanceSummary {
        ...AttendanceSummaryFields
      }
      expectedAttendees {
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
        attendance(filter: { conveningId: $conveningId }, limit: 1) {
          nodes {
            id
            status
            mode
          }
        }
      }
    }
  }
  ${ATTENDANCE_SUMMARY}
`;

export const RECORD_ATTENDANCE = gql`
  mutation RecordAttendance($conveningId: ID!, $input: RecordAttendanceInput!) {
    recordAttendance(conveningId: $conveningId, input: $input) {
      id
      status
      mode
    }
  }
`;

/**
 * A team's attendance in a program year: its members × its cohort's convenings, each member's
 * rate and the team's.
 */
export const TEAM_ATTENDANCE = gql`
  query TeamAttendance($teamId: ID!, $cohortId: ID!, $programYear: String!) {
    team(id: $teamId) {
      id
      attendanceSummary(programYear: $programYear) {
        ...AttendanceSummaryFields
      }
      memberships(limit: 100, orderBy: [{ field: ROLE, direction: ASC }]) {
        nodes {
          id
          role
          startedOn
          endedOn
          person {
            id
            givenName
            familyName
          }
          attendanceSummary(programYear: $programYear) {
            ...AttendanceSummaryFields
          }
          attendance(limit: 100) {
            nodes {
              id
              status
              mode
              convening {
                id
              }
            }
          }
        }
      }
    }
    convenings(
      filter: { cohortId: $cohortId, programYear: $programYear }
      orderBy: [{ field: STARTS_AT, direction: ASC }]
      limit: 100
    ) {
      nodes {
        id
        number
        title
        programYear
        startsAt
      }
    }
  }
  ${ATTENDANCE_SUMMARY}
`;

/** A team's attendance rate in a program year: an aggregate, for anyone who covers the team. */
export const TEAM_ATTENDANCE_RATE = gql`
  query TeamAttendanceRate($teamId: ID!, $programYear: String) {
    team(id: $teamId) {
      id
      attendanceSummary(programYear: $programYear) {
        ...AttendanceSummaryFields
      }
    }
  }
  ${ATTENDANCE_SUMMARY}
`;

/** A team's attendance at each convening of its cohort (rates only), for those who cover it. */
export const TEAM_ATTENDANCE_TREND = gql`
  query TeamAttendanceTrend($teamId: ID!) {
    team(id: $teamId) {
      id
      attendanceTrend {
        convening {
          id
          title
          startsAt
          programYear
        }
        attendanceSummary {
          ...AttendanceSummaryFields
        }
      }
    }
  }
  ${ATTENDANCE_SUMMARY}
`;

/** The convenings of a stretch of days (a month on the calendar). */
export const CONVENING_CALENDAR = gql`
  query ConveningCalendar($from: DateTime!, $to: DateTime!, $cohortId: ID) {
    convenings(
      filter: { startsAtFrom: $from, startsAtTo: $to, cohortId: $cohortId }
      orderBy: [{ field: STARTS_AT, direction: ASC }]
      limit: 100
    ) {
      nodes {
        id
        title
        programYear
        number
        kind
        modality
        startsAt
        endsAt
        venue
        cohorts {
          id
          name
        }
      }
    }
  }
`;

const CALENDAR_FEED = gql`
  fragment CalendarFeedFields on CalendarFeed {
    id
    kind
    lastFetchedAt
    createdAt
    cohort {
      id
      name
    }
    person {
      id
      givenName
      familyName
    }
  }
`;

/** The viewer's own calendar feeds. */
export const CALENDAR_FEEDS = gql`
  query CalendarFeeds {
    calendarFeeds {
      ...CalendarFeedFields
    }
  }
  ${CALENDAR_FEED}
`;

export const CREATE_CALENDAR_FEED = gql`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    issued: createCalendarFeed(input: $input) {
      url
      feed {
        ...CalendarFeedFields
      }
    }
  }
  ${CALENDAR_FEED}
`;

export const RENEW_CALENDAR_FEED = gql`
  mutation RenewCalendarFeed($id: ID!) {
    issued: renewCalendarFeed(id: $id) {
      url
      feed {
        ...CalendarFeedFields
      }
    }
  }
  ${CALENDAR_FEED}
`;

export const REVOKE_CALENDAR_FEED = gql`
  mutation RevokeCalendarFeed($id: ID!) {
    id: revokeCalendarFeed(id: $id)
  }
`;

export const CONVENING_DOCUMENTS = {
  ATTENDANCE_SHEET,
  RECORD_ATTENDANCE,
  TEAM_ATTENDANCE,
  TEAM_ATTENDANCE_RATE,
  TEAM_ATTENDANCE_TREND,
  CONVENING_CALENDAR,
  CALENDAR_FEEDS,
  CREATE_CALENDAR_FEED,
  RENEW_CALENDAR_FEED,
  REVOKE_CALENDAR_FEED,
};

/** Counts and rate of attendance (the `AttendanceSummary` type). */
export interface AttendanceSummary {
  present: number;
  absent: number;
  excused: number;
  total: number;
  rate: number | null;
}

/** A calendar feed just issued or renewed: its URL exists only in this answer. */
export interface IssuedCalendarFeed {
  issued: { url: string; feed: { id: string } };
}
