import { ApplicationStatus, StipendStatus } from '@cei/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AttendanceSummary } from '../convenings/attendance-summary.js';
import { DecimalScalar } from '../graphql/scalars.js';

@ObjectType({
  description:
    'How many applications to one cohort are in one status, counted over the applications you may read (CEI staff: all).',
})
export class ApplicationCount {
  /** For the `cohort` field. */
  cohortId: string;

  @Field(() => ApplicationStatus, { description: 'The status counted.' })
  status: ApplicationStatus;

  @Field(() => Int, { description: 'Applications to the cohort in that status.' })
  count: number;
}

@ObjectType({
  description:
    'How many stipends are in one status, and their total, counted over the stipends you may read (the teams you cover; CEI staff: all).',
})
export class StipendCount {
  @Field(() => StipendStatus, { description: 'The status counted.' })
  status: StipendStatus;

  @Field(() => Int, { description: 'Stipends in that status.' })
  count: number;

  @Field(() => DecimalScalar, { description: 'Their amounts added up, in exact US dollars.' })
  amount: string;
}

@ObjectType({
  description:
    "A cohort's attendance at one of its convenings: its own teams' members only, disclosed as Cohort.attendanceSummary is.",
})
export class ConveningAttendance {
  /** For the `convening` field. */
  conveningId: string;

  @Field(() => AttendanceSummary, { description: 'The records counted.' })
  attendanceSummary: AttendanceSummary;
}

@ObjectType({
  description:
    "A metric's progress over the teams whose values you may read (CEI staff and API partners: statewide; others: the teams they cover): each team's latest value against its baseline.",
})
export class MetricProgressSummary {
  @Field(() => Int, { description: 'Teams with both a baseline and a later value.' })
  teamCount: number;

  @Field(() => Int, {
    description: "Of those, teams whose latest value is better (the metric's direction).",
  })
  improvedCount: number;

  @Field(() => Int, { description: 'Of those, teams whose latest value is worse.' })
  worsenedCount: number;

  @Field(() => Int, { description: 'Of those, teams whose latest value equals the baseline.' })
  unchangedCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean of those teams’ baselines, in the metric unit; null without any team.',
  })
  baselineMean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean of those teams’ latest values; null without any team.',
  })
  latestMean: number | null;
}
