import {
  CohortAttendanceResolver,
  ConveningAttendanceResolver,
  MembershipAttendanceSummaryResolver,
  TeamAttendanceResolver,
} from './attendance.resolver.js';
import { calendarRoutes } from './calendar.routes.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { CalendarFeedReferences, CalendarFeedResolver } from './calendar-feed.resolver.js';
import { Attendance, Convening, ConveningCohort } from './convening.entity.js';
import {
  AttendanceQueries,
  AttendanceReferences,
  CohortChildren,
  ConveningChildren,
  ConveningMutations,
  ConveningQueries,
  ConveningResolver,
  MembershipChildren,
} from './convening.resolver.js';

export const entities = [Convening, ConveningCohort, Attendance, CalendarFeed];
export const resolvers = [
  ConveningQueries,
  ConveningMutations,
  ConveningResolver,
  ConveningChildren,
  ConveningAttendanceResolver,
  CohortChildren,
  CohortAttendanceResolver,
  TeamAttendanceResolver,
  AttendanceQueries,
  AttendanceReferences,
  MembershipChildren,
  MembershipAttendanceSummaryResolver,
  CalendarFeedResolver,
  CalendarFeedReferences,
];
export const routes = calendarRoutes;
