import { CohortStatus, Phase } from '@cei/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUUID, Length, Max, Min } from '../common/validation.js';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
import { Cohort, CohortDeadline } from './cohort.entity.js';

@InputType({ description: 'Filters for cohort lists; all given filters must match.' })
export class CohortFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the name or description.' })
  q?: string;

  @Field(() => Int, { nullable: true })
  number?: number;

  @Field(() => Phase, { nullable: true })
  phase?: Phase;

  @Field(() => CohortStatus, { nullable: true })
  status?: CohortStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Applications due on or after.' })
  applicationDueAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Applications due on or before.' })
  applicationDueAtTo?: Date;
}

export const CohortList = defineList(Cohort, {
  filter: CohortFilter,
  orderFields: {
    NUMBER: 'number',
    NAME: 'name',
    STATUS: 'status',
    APPLICATION_DUE_AT: 'applicationDueAt',
    FIRST_CONVENING_ON: 'firstConveningOn',
  },
  search: ['name', 'description'],
  defaultOrder: [ascending('number')],
});

@InputType({ description: 'Filters for deadline history.' })
export class CohortDeadlineFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  cohortId?: string;
}

export const CohortDeadlineList = defineList(CohortDeadline, {
  filter: CohortDeadlineFilter,
  orderFields: { SET_AT: 'setAt', DUE_AT: 'dueAt' },
  defaultOrder: [descending('setAt')],
});

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class CohortFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => CohortStatus, { nullable: true })
  status?: CohortStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  applicationOpensAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Setting it records the change in deadlineHistory.',
  })
  applicationDueAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the deadline was set or moved (kept in the history).',
  })
  @IsOptional()
  @Length(1, 500)
  deadlineReason?: string;

  @Field(() => DateScalar, { nullable: true })
  firstConveningOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10)
  minimumCommitmentYears?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(50)
  conveningsExpectedPerYear?: number;

  @Field(() => DecimalScalar, { nullable: true })
  stipendPerTeamPerYear?: string | null;
}

@InputType({ description: 'A new cohort.' })
export class CreateCohortInput extends CohortFields {
  @Field(() => Int)
  @Min(1)
  @Max(99)
  number: number;

  @Field(() => String)
  @Length(1, 100)
  name: string;

  @Field(() => Phase)
  phase: Phase;
}

@InputType({ description: 'Changes to a cohort; omitted fields stay as they are.' })
export class UpdateCohortInput extends CohortFields {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(99)
  number?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => Phase, { nullable: true })
  phase?: Phase;

  @Field(() => ID, {
    nullable: true,
    description:
      'The CEI staff or admin account teams notify of vacancies, and that vacancy reminders go to; null: every CEI admin.',
  })
  @IsOptional()
  @IsUUID()
  designeeId?: string | null;
}

@InputType({ description: "A cohort's application window, set when it starts recruiting." })
export class OpenRecruitmentInput {
  @Field(() => DateTimeScalar, { description: 'When applications open.' })
  opensAt: Date;

  @Field(() => DateTimeScalar, { description: 'When applications are due (set in Pacific time).' })
  dueAt: Date;
}

@InputType({
  description: "A new application deadline; the old one stays in the cohort's history.",
})
export class MoveApplicationDeadlineInput {
  @Field(() => DateTimeScalar, { description: 'The new due instant.' })
  dueAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Why it moved, e.g. "extended by the board".',
  })
  @IsOptional()
  @Length(1, 500)
  reason?: string;
}
