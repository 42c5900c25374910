import { ExpenseCategory, Phase, ReimbursementStatus, StipendStatus } from '@cei/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { BulkRecords, RecordVersionInput } from '../common/bulk.js';
import { IsUUID, Length } from '../common/validation.js';
import { ascending, defineList, descending } from '../graphql/list.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
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

@InputType({ description: 'When a payment was made.' })
export class PayInput {
  @Field(() => DateScalar, { description: 'The day it was paid; not after today.' })
  paidOn: string;
}

@InputType({ description: "A stipend on a team's schedule, PLANNED until approved." })
export class CreateStipendInput {
  @Field(() => ID, { description: 'The team it is paid to.' })
  @IsUUID()
  teamId: string;

  @Field(() => String, {
    description: 'The program year it is for, e.g. "2022-23"; one stipend per team and year.',
  })
  programYear: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The amount; by default the team's cohort's stipend per team per year.",
  })
  amount?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When payment is due.' })
  dueOn?: string | null;
}

@InputType({ description: 'Changes to a PLANNED stipend; omitted fields stay as they are.' })
export class UpdateStipendInput {
  @Field(() => String, { nullable: true, description: 'The program year it is for.' })
  programYear?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The amount in US dollars.' })
  amount?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When payment is due; null clears it.' })
  dueOn?: string | null;
}

@InputType({ description: "A member's travel cost for a convening, submitted for approval." })
export class SubmitReimbursementInput {
  @Field(() => ID, { description: 'The membership of the member who travelled.' })
  @IsUUID()
  membershipId: string;

  @Field(() => ID, { description: "The convening, of the member's team's cohort." })
  @IsUUID()
  conveningId: string;

  @Field(() => ExpenseCategory, { description: 'Mileage, lodging, airfare or meals.' })
  category: ExpenseCategory;

  @Field(() => DecimalScalar, { description: 'The amount claimed in US dollars, more than 0.' })
  amount: string;

  @Field(() => String, {
    description: 'What the cost was, e.g. "Mileage Fresno to Sacramento and back".',
  })
  @Length(1, 1000)
  description: string;
}

@InputType({ description: 'Claims to approve at once: all or none.' })
export class ApproveReimbursementsInput {
  @Field(() => [RecordVersionInput], {
    description: 'The SUBMITTED claims, each with the version last seen; each at most once.',
  })
  @BulkRecords()
  reimbursements: RecordVersionInput[];
}

@InputType({ description: 'Why a claim is rejected; the member is told.' })
export class RejectReimbursementInput {
  @Field(() => String, { description: 'The reason, e.g. "Lodging is covered by the venue".' })
  @Length(1, 1000)
  reason: string;
}

/**
 * Money per cohort and program year against the appropriation, as exact decimals. The totals
 * cover the cohort and year asked for; `remaining` is always what is left of the whole
 * appropriation.
 */
@ObjectType({
  description:
    'Stipends and reimbursements of a cohort and program year (or of all), against the appropriation, in exact US dollars.',
})
export class FundingSummary {
  /** For the `cohort` field. */
  cohortId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The program year summed; null: every year.',
  })
  programYear: string | null;

  @Field(() => DecimalScalar, {
    description:
      "The appropriation of the cohort's phase (e.g. CEI 1.0: 13274000.00); of every phase when no cohort is given.",
  })
  appropriation: string;

  @Field(() => DecimalScalar, { description: 'Stipends PLANNED.' })
  stipendsPlanned: string;

  @Field(() => DecimalScalar, { description: 'Stipends APPROVED, not yet paid.' })
  stipendsApproved: string;

  @Field(() => DecimalScalar, { description: 'Stipends PAID.' })
  stipendsPaid: string;

  @Field(() => DecimalScalar, { description: 'Reimbursements SUBMITTED, not yet decided.' })
  reimbursementsSubmitted: string;

  @Field(() => DecimalScalar, { description: 'Reimbursements APPROVED, not yet paid.' })
  reimbursementsApproved: string;

  @Field(() => DecimalScalar, { description: 'Reimbursements PAID.' })
  reimbursementsPaid: string;

  @Field(() => DecimalScalar, {
    description:
      'Committed over the cohort and year summed: every stipend (planned, approved, paid) and approved or paid reimbursements.',
  })
  committed: string;

  @Field(() => DecimalScalar, {
    description:
      'What is left of the appropriation after everything committed against it, every cohort of its phase and every year (whatever cohort and year are summed); negative when overspent.',
  })
  remaining: string;
}
