import { AttendanceMode, AttendanceStatus, ConveningKind, Modality } from '@cei/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from '../common/validation.js';
import { validationMessages } from '../common/validation.messages.js';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { Attendance, Convening, ConveningCohort } from './convening.entity.js';
import { conveningMessages as m } from './convening.messages.js';

const PROGRAM_YEAR = /^\d{4}-\d{2}$/;

@InputType({ description: 'Filters for convenings; all given filters must match.' })
export class ConveningFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the title or venue.' })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Convenings of this cohort.' })
  cohortId?: string;

  @Field(() => String, { nullable: true, description: 'A program year such as "2019-20".' })
  programYear?: string;

  @Field(() => ConveningKind, { nullable: true })
  kind?: ConveningKind;

  @Field(() => Modality, { nullable: true })
  modality?: Modality;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Starting at or after.' })
  startsAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Starting at or before.' })
  startsAtTo?: Date;
}

export const ConveningList = defineList(Convening, {
  filter: ConveningFilter,
  orderFields: {
    STARTS_AT: 'startsAt',
    PROGRAM_YEAR: 'programYear',
    NUMBER: 'number',
    KIND: 'kind',
  },
  search: ['title', 'venue'],
  paths: { cohortId: 'cohortLinks.cohort' },
  defaultOrder: [ascending('startsAt')],
});

@InputType({ description: 'Filters for the links between convenings and cohorts.' })
export class ConveningCohortFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  conveningId?: string;

  @Field(() => ID, { nullable: true })
  cohortId?: string;
}

export const ConveningCohortList = defineList(ConveningCohort, {
  filter: ConveningCohortFilter,
  orderFields: { CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('createdAt')],
});

@InputType({ description: 'Filters for attendance records; all given filters must match.' })
export class AttendanceFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  conveningId?: string;

  @Field(() => ID, { nullable: true })
  membershipId?: string;

  @Field(() => ID, { nullable: true, description: 'Attendance of members of this team.' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Attendance of this person.' })
  personId?: string;

  @Field(() => AttendanceStatus, { nullable: true })
  status?: AttendanceStatus;

  @Field(() => AttendanceMode, { nullable: true })
  mode?: AttendanceMode;
}

export const AttendanceList = defineList(Attendance, {
  filter: AttendanceFilter,
  orderFields: { STATUS: 'status', CREATED_AT: 'createdAt' },
  paths: { teamId: 'membership.team', personId: 'membership.person' },
  defaultOrder: [ascending('createdAt')],
});

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class ConveningFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => ConveningKind, { nullable: true })
  kind?: ConveningKind;

  @Field(() => DateTimeScalar, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl()
  videoUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  overnightStay?: boolean;
}

@InputType({ description: 'A new convening.' })
export class CreateConveningInput extends ConveningFields {
  @Field(() => [ID], { description: 'The cohorts it is for (at least one).' })
  @ArrayMinSize(1, { message: m.cohortRequired() })
  @ArrayMaxSize(10)
  @IsUUID({ each: true })
  cohortIds: string[];

  @Field(() => String, { description: 'The program year, e.g. "2019-20"; must contain startsAt.' })
  @Matches(PROGRAM_YEAR, { message: validationMessages.programYear({ example: '2019-20' }) })
  programYear: string;

  @Field(() => Int, { description: 'Its number within the program year.' })
  @Min(1)
  @Max(50)
  number: number;

  @Field(() => Modality)
  modality: Modality;

  @Field(() => DateTimeScalar)
  startsAt: Date;
}

@InputType({ description: 'Changes to a convening; omitted fields stay as they are.' })
export class UpdateConveningInput extends ConveningFields {
  @Field(() => [ID], { nullable: true, description: 'Replaces the cohorts it is for.' })
  @IsOptional()
  @ArrayMinSize(1, { message: m.cohortRequired() })
  @ArrayMaxSize(10)
  @IsUUID({ each: true })
  cohortIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PROGRAM_YEAR, { message: validationMessages.programYear({ example: '2019-20' }) })
  programYear?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(50)
  number?: number;

  @Field(() => Modality, { nullable: true })
  modality?: Modality;

  @Field(() => DateTimeScalar, { nullable: true })
  startsAt?: Date;
}
