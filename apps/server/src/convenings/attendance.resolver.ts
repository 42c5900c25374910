import { Role } from '@cei/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Allow, STAFF } from '../graphql/access.js';
import { computedInSql } from '../graphql/computed-in-sql.js';
import type { Context } from '../graphql/context.js';
import { Membership } from '../rosters/membership.entity.js';
import { isStaff } from '../scope/rules.js';
import { Team } from '../teams/team.entity.js';
import { RecordAttendanceInput } from './attendance.inputs.js';
import { recordAttendance } from './attendance.service.js';
import {
  AttendanceSummary,
  discloseSummary,
  discloseTeamTally,
  membershipSummary,
  programYearArgument,
  type Tally,
  teamTallyJson,
} from './attendance-summary.js';
import { expectedAttendees } from './attendees.js';
import { Attendance, Convening } from './convening.entity.js';
import { ConveningYear, conveningYears } from './convening-years.js';

const PROGRAM_YEAR_ARG = {
  nullable: true,
  description: 'Only convenings of this program year, e.g. "2019-20"; all years when omitted.',
} as const;

@Resolver(() => Convening)
export class ConveningAttendanceResolver {
  @FieldResolver(() => [Membership], {
    description:
      'Who is expected: every member active on its day on a team of one of its cohorts, as far as your scope shows them.',
  })
  expectedAttendees(@Root() convening: Convening, @Ctx() { data }: Context) {
    return expectedAttendees(data, convening);
  }

  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description:
      'Its attendance in aggregate: all of it for CEI staff and API partners (withheld below five people), over the teams you cover for liaisons, CBO partners and team leads; null when none or out of scope.',
  })
  attendanceSummary(@Root() convening: Convening, @Ctx() { data }: Context) {
    return discloseSummary(data, 'convening', convening.id, null);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => [Attendance], {
    description:
      "Records a convening's attendance at once: each entry adds or replaces one member's record, and one bad entry writes nothing. CEI staff; a team lead for their own team's members.",
  })
  recordAttendance(
    @Arg('conveningId', () => ID, { description: 'The convening.' }) conveningId: string,
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() { data }: Context,
  ) {
    return recordAttendance(data, conveningId, input);
  }
}

@Resolver(() => Team)
export class TeamAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description:
      "The team's attendance in aggregate, over all its members: for those with scope over the team, and for API partners (withheld below five people).",
  })
  attendanceSummary(
    @Root() team: Team,
    @Arg('programYear', () => String, PROGRAM_YEAR_ARG) programYear: string | null,
    @Ctx() { data }: Context,
  ) {
    return discloseSummary(data, 'team', team.id, programYearArgument(programYear));
  }
}

// In an answer built in SQL (the liaison dashboard's teams), a team's summary is read along.
computedInSql(Team, 'attendanceSummary', {
  sql: (scope, id, args) =>
    teamTallyJson(scope, id, programYearArgument(args.programYear as string | null)),
  answer: (tally, team, { data }) => discloseTeamTally(data, team.id, tally as Tally | null),
});

@Resolver(() => Cohort)
export class CohortAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description:
      "The cohort's attendance in aggregate: all teams for CEI staff and API partners (withheld below five people); only the teams you cover for liaisons, CBO partners and team leads; null when none.",
  })
  attendanceSummary(
    @Root() cohort: Cohort,
    @Arg('programYear', () => String, PROGRAM_YEAR_ARG) programYear: string | null,
    @Ctx() { data }: Context,
  ) {
    return discloseSummary(data, 'cohort', cohort.id, programYearArgument(programYear));
  }

  @FieldResolver(() => [ConveningYear], {
    description:
      'Network convenings per program year against the expectation, for the years it has convenings and the years of its minimum commitment.',
  })
  conveningYears(@Root() cohort: Cohort, @Ctx() { data }: Context) {
    return conveningYears(data, cohort);
  }
}

@Resolver(() => Membership)
export class MembershipAttendanceSummaryResolver {
  @FieldResolver(() => AttendanceSummary, {
    nullable: true,
    description:
      "The member's own attendance (protected): for CEI staff, their team lead and themself; null for others or without records.",
  })
  async attendanceSummary(
    @Root() membership: Membership,
    @Arg('programYear', () => String, PROGRAM_YEAR_ARG) programYear: string | null,
    @Ctx() { data, viewer, protectedReads }: Context,
  ): Promise<AttendanceSummary | null> {
    const summary = await membershipSummary(data, membership.id, programYearArgument(programYear));
    // A person's attendance record is protected: reads by anyone but CEI staff are audited.
    if (summary && !isStaff(viewer)) {
      protectedReads.add('Membership', membership.id, 'attendanceSummary');
    }
    return summary;
  }
}
