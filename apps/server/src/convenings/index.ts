import { CalendarFeed } from './calendar-feed.entity.js';
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
  CohortConveningsResolver,
  AttendanceQueries,
  AttendanceResolver,
  MembershipAttendanceResolver,
];
