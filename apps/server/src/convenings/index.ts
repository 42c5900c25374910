import { Attendance, Convening, ConveningCohort } from './convening.entity.js';
import {
  AttendanceQueries,
  AttendanceResolver,
  CohortConveningsResolver,
  ConveningQueries,
  ConveningResolver,
  MembershipAttendanceResolver,
} from './convening.resolver.js';

export const entities = [Convening, ConveningCohort, Attendance];
export const resolvers = [
  ConveningQueries,
  ConveningResolver,
  CohortConveningsResolver,
  AttendanceQueries,
  AttendanceResolver,
  MembershipAttendanceResolver,
];
