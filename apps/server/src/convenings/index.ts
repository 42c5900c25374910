import {
  CohortAttendanceResolver,
  ConveningAttendanceResolver,
  MembershipAttendanceSummaryResolver,
  TeamAttendanceResolver,
} from './attendance.resolver.js';
import { calendarRoutes } from './calendar.routes.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { CalendarFeedResolver } from './calendar-feed.resolver.js';
import { Attendance, Convening, ConveningCohort } from './convening.entity.js';
import {
  AttendanceQueries,
  AttendanceResolver,
  CohortConveningsResolver,
  ConveningQueries,
  ConveningResolver,
  MembershipAttendanceResolver,
} from './convening.resolver.js';

export const entities = [Convening, ConveningCohort, Attendance, CalendarFeed];
export const resolvers = [
  ConveningQueries,
  ConveningResolver,
  ConveningAttendanceResolver,
  CohortConveningsResolver,
  CohortAttendanceResolver,
  TeamAttendanceResolver,
  AttendanceQueries,
  AttendanceResolver,
  MembershipAttendanceResolver,
  MembershipAttendanceSummaryResolver,
  CalendarFeedResolver,
];
export const routes = calendarRoutes;
