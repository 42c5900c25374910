import {
  Language,
  MembershipEndReason,
  PersonKind,
  TeamRole,
  todayInPacific,
  VacancyStatus,
} from '@cei/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BulkRecords, RecordVersionInput } from '../common/bulk.js';
import { IsEmail, IsOptional, IsUUID, Length, Matches, Max, Min } from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { DateScalar } from '../graphql/scalars.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import { rosterMessages as m } from './roster.messages.js';

@InputType({ description: 'Filters for people; all given filters must match.' })
export class PersonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the name or title.' })
  q?: string;

  @Field(() => PersonKind, { nullable: true })
  kind?: PersonKind;

  @Field(() => String, { nullable: true, description: 'Exact email address.' })
  email?: string;

  @Field(() => Language, { nullable: true })
  preferredLanguage?: Language;

  @Field(() => ID, { nullable: true })
  employerId?: string;
}

export const PersonList = defineList(Person, {
  filter: PersonFilter,
  orderFields: {
    FAMILY_NAME: 'familyName',
    GIVEN_NAME: 'givenName',
    KIND: 'kind',
    CREATED_AT: 'createdAt',
  },
  search: ['givenName', 'familyName', 'title'],
  defaultOrder: [ascending('familyName'), ascending('givenName')],
  name: 'Person',
});

@InputType({ description: 'Filters for memberships; all given filters must match.' })
export class MembershipFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => [ID], { nullable: true })
  teamIds?: string[];

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Memberships on teams of this cohort.' })
  cohortId?: string;

  @Field(() => TeamRole, { nullable: true })
  role?: TeamRole;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only memberships active today (Pacific); false: only ended ones.',
  })
  active?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or after.' })
  startedOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Started on or before.' })
  startedOnTo?: string;
}

export const MembershipList = defineList(Membership, {
  filter: MembershipFilter,
  orderFields: {
    ROLE: 'role',
    STARTED_ON: 'startedOn',
    ENDED_ON: 'endedOn',
    CREATED_AT: 'createdAt',
  },
  paths: { cohortId: 'team.cohort' },
  custom: {
    active: (active: boolean) => {
      const today = todayInPacific(new Date());
      return active
        ? { $or: [{ endedOn: null }, { endedOn: { $gt: today } }] }
        : { endedOn: { $lte: today } };
    },
  },
  defaultOrder: [ascending('role'), ascending('startedOn')],
});

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class PersonFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[+\d][\d\s().-]{6,24}$/, { message: m.phone() })
  phone?: string | null;

  @Field(() => Language, { nullable: true })
  preferredLanguage?: Language | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;
}

@InputType({ description: 'A new person.' })
export class CreatePersonInput extends PersonFields {
  @Field(() => String)
  @Length(1, 100)
  givenName: string;

  @Field(() => String)
  @Length(1, 100)
  familyName: string;

  @Field(() => PersonKind, { nullable: true, defaultValue: PersonKind.PROFESSIONAL })
  kind?: PersonKind;
}

@InputType({ description: 'Changes to a person; omitted fields stay as they are.' })
export class UpdatePersonInput extends PersonFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;

  @Field(() => PersonKind, { nullable: true })
  kind?: PersonKind;
}

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class MembershipFields {
  @Field(() => ID, {
    nullable: true,
    description: 'The LEA, school, county office or CBO represented.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer on the team.' })
  endedOn?: string | null;

  @Field(() => MembershipEndReason, { nullable: true })
  endReason?: MembershipEndReason | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 1000)
  endNote?: string | null;
}

@InputType({ description: 'A person joining a team in a role.' })
export class CreateMembershipInput extends MembershipFields {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => TeamRole)
  role: TeamRole;

  @Field(() => DateScalar)
  startedOn: string;
}

@InputType({ description: 'Changes to a membership; omitted fields stay as they are.' })
export class UpdateMembershipInput extends MembershipFields {
  @Field(() => TeamRole, { nullable: true })
  role?: TeamRole;

  @Field(() => DateScalar, { nullable: true })
  startedOn?: string;
}

@InputType({ description: 'A member leaving the team: the end of their membership.' })
export class EndMembershipInput {
  @Field(() => DateScalar, {
    description: 'The first day the person is no longer on the team (after its start date).',
  })
  endedOn: string;

  @Field(() => MembershipEndReason, { description: 'Why the membership ends.' })
  endReason: MembershipEndReason;

  @Field(() => String, { nullable: true, description: 'A note on the end.' })
  @IsOptional()
  @Length(1, 1000)
  endNote?: string | null;
}

@InputType({
  description: 'Members leaving their teams on the same day, for the same reason: all or none.',
})
export class EndMembershipsInput extends EndMembershipInput {
  @Field(() => [RecordVersionInput], {
    description: 'The memberships to end, each with the version last seen; each at most once.',
  })
  @BulkRecords()
  memberships: RecordVersionInput[];
}

@InputType({ description: 'Filters for vacancies; all given filters must match.' })
export class VacancyFilter {
  @Field(() => VacancyStatus, { nullable: true, description: 'Only vacancies in this status.' })
  status?: VacancyStatus;

  @Field(() => ID, { nullable: true, description: 'Only vacancies on this team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Only vacancies on teams of this cohort.' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only open vacancies due within this many days (0: due today), not yet overdue: what reminders count as due soon.',
  })
  @IsOptional()
  @Min(0)
  @Max(366)
  dueWithinDays?: number;
}
