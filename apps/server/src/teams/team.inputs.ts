import { TeamStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length } from '../common/validation.js';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar } from '../graphql/scalars.js';
import { ALL, coveredTeamRows, coveredTeamsByName, NONE } from '../scope/rules.js';
import type { Viewer } from '../scope/viewer.js';
import { Facilitation, ProblemOfPractice, Team, TeamLea } from './team.entity.js';

@InputType({ description: 'Filters for team lists; all given filters must match.' })
export class TeamFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the team name.' })
  q?: string;

  @Field(() => ID, { nullable: true })
  cohortId?: string;

  @Field(() => [ID], { nullable: true })
  cohortIds?: string[];

  @Field(() => ID, { nullable: true })
  leadLeaId?: string;

  @Field(() => ID, { nullable: true })
  focusSchoolId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Teams whose lead LEA belongs to this county office.',
  })
  countyOfficeId?: string;

  @Field(() => TeamStatus, { nullable: true })
  status?: TeamStatus;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only the teams you cover (see Team.inScope): a COE liaison's county offices' teams, a CBO partner's, a team lead's own, every team for CEI staff, none for others; false: only the teams you do not cover.",
  })
  inScope?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Joined on or after.' })
  joinedOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Joined on or before.' })
  joinedOnTo?: string;
}

/** Matches no team: ids are never null. */
const NO_TEAM = { id: null };

export const TeamList = defineList(Team, {
  filter: TeamFilter,
  orderFields: {
    NAME: 'name',
    STATUS: 'status',
    JOINED_ON: 'joinedOn',
    COMMITMENT_ENDS_ON: 'commitmentEndsOn',
  },
  search: ['name'],
  paths: { countyOfficeId: 'leadLea.countyOffice' },
  custom: {
    inScope: (inScope: boolean, viewer: Viewer) => {
      const covered = coveredTeamRows(viewer);
      if (covered === ALL) return inScope ? {} : NO_TEAM;
      if (covered === NONE) return inScope ? NO_TEAM : {};
      return inScope ? covered : { $not: covered };
    },
  },
  keptPages: coveredTeamsByName,
  defaultOrder: [ascending('name')],
});

@InputType({ description: 'Filters for the member LEAs of consortium teams.' })
export class TeamLeaFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  leaId?: string;
}

export const TeamLeaList = defineList(TeamLea, {
  filter: TeamLeaFilter,
  orderFields: { CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('createdAt')],
});

@InputType({ description: 'Filters for problem-of-practice versions.' })
export class ProblemOfPracticeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => String, { nullable: true, description: 'Text to find.' })
  q?: string;
}

export const ProblemOfPracticeList = defineList(ProblemOfPractice, {
  filter: ProblemOfPracticeFilter,
  orderFields: { EFFECTIVE_ON: 'effectiveOn', CREATED_AT: 'createdAt' },
  search: ['text'],
  defaultOrder: [descending('effectiveOn'), descending('createdAt')],
});

@InputType({ description: 'Filters for facilitations.' })
export class FacilitationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'The facilitating team.' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'The cohort facilitated.' })
  cohortId?: string;
}

export const FacilitationList = defineList(Facilitation, {
  filter: FacilitationFilter,
  orderFields: { STARTED_ON: 'startedOn', CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('startedOn')],
});

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class TeamFields {
  @Field(() => ID, {
    nullable: true,
    description: 'The focus school (a school of the lead or a member LEA).',
  })
  @IsOptional()
  @IsUUID()
  focusSchoolId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'For a consortium team: its LEAs other than the lead (replaces the list).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID({ each: true })
  memberLeaIds?: string[];

  @Field(() => TeamStatus, { nullable: true })
  status?: TeamStatus;

  @Field(() => DateScalar, { nullable: true })
  commitmentEndsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new version of the problem of practice (the old ones are kept).',
  })
  @IsOptional()
  @Length(1, 4000)
  problemOfPractice?: string;
}

@InputType({ description: 'A new team.' })
export class CreateTeamInput extends TeamFields {
  @Field(() => ID)
  @IsUUID()
  cohortId: string;

  @Field(() => ID, { description: 'The lead LEA.' })
  @IsUUID()
  leadLeaId: string;

  @Field(() => String, { nullable: true, description: "Defaults to the lead LEA's name." })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => DateScalar)
  joinedOn: string;
}

@InputType({ description: 'Changes to a team; omitted fields stay as they are.' })
export class UpdateTeamInput extends TeamFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadLeaId?: string;

  @Field(() => DateScalar, { nullable: true })
  joinedOn?: string;
}
