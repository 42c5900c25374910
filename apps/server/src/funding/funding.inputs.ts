import { ExpenseCategory, Phase, ReimbursementStatus, StipendStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
import { Appropriation } from './appropriation.entity.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

@InputType({ description: 'Filters for stipends; all given filters must match.' })
export class StipendFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Stipends of this team.' })
  teamId?: string;

  @Field(() => [ID], { nullable: true, description: 'Stipends of any of these teams.' })
  teamIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Stipends of teams of this cohort.' })
  cohortId?: string;

  @Field(() => String, { nullable: true, description: 'A program year such as "2022-23".' })
  programYear?: string;

  @Field(() => StipendStatus, { nullable: true, description: 'Only this status.' })
  status?: StipendStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or after.' })
  dueOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Due on or before.' })
  dueOnTo?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or after.' })
  paidOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or before.' })
  paidOnTo?: string;
}

export const StipendList = defineList(Stipend, {
  filter: StipendFilter,
  orderFields: {
    PROGRAM_YEAR: 'programYear',
    AMOUNT: 'amount',
    STATUS: 'status',
    DUE_ON: 'dueOn',
    PAID_ON: 'paidOn',
    CREATED_AT: 'createdAt',
  },
  paths: { cohortId: 'team.cohort' },
  defaultOrder: [ascending('programYear')],
});

@InputType({ description: 'Filters for reimbursements; all given filters must match.' })
export class ReimbursementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the description.' })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Claims of this membership.' })
  membershipId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims for this convening.' })
  conveningId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims of members of this team.' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims of members of teams of this cohort.' })
  cohortId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims of this person.' })
  personId?: string;

  @Field(() => ExpenseCategory, { nullable: true, description: 'Only this category.' })
  category?: ExpenseCategory;

  @Field(() => ReimbursementStatus, { nullable: true, description: 'Only this status.' })
  status?: ReimbursementStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or after.' })
  submittedAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or before.' })
  submittedAtTo?: Date;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or after.' })
  paidOnFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Paid on or before.' })
  paidOnTo?: string;
}

export const ReimbursementList = defineList(Reimbursement, {
  filter: ReimbursementFilter,
  orderFields: {
    SUBMITTED_AT: 'submittedAt',
    DECIDED_AT: 'decidedAt',
    PAID_ON: 'paidOn',
    AMOUNT: 'amount',
    CATEGORY: 'category',
    STATUS: 'status',
  },
  search: ['description'],
  paths: {
    teamId: 'membership.team',
    cohortId: 'membership.team.cohort',
    personId: 'membership.person',
  },
  defaultOrder: [descending('submittedAt')],
});

@InputType({ description: 'Filters for appropriations; all given filters must match.' })
export class AppropriationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the name or source.' })
  q?: string;

  @Field(() => Phase, { nullable: true, description: 'Only this phase.' })
  phase?: Phase;
}

export const AppropriationList = defineList(Appropriation, {
  filter: AppropriationFilter,
  orderFields: { NAME: 'name', PHASE: 'phase', AMOUNT: 'amount', CREATED_AT: 'createdAt' },
  search: ['name', 'source'],
  defaultOrder: [ascending('phase'), ascending('name')],
});
