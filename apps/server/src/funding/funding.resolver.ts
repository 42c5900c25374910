import { Role } from '@cei/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Convening } from '../convenings/convening.entity.js';
import { Allow, PUBLIC, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
import { Membership } from '../rosters/membership.entity.js';
import { Team } from '../teams/team.entity.js';
import { Appropriation } from './appropriation.entity.js';
import {
  AppropriationList,
  ApproveReimbursementsInput,
  CreateStipendInput,
  FundingSummary,
  PayInput,
  ReimbursementList,
  RejectReimbursementInput,
  StipendList,
  SubmitReimbursementInput,
  UpdateStipendInput,
} from './funding.inputs.js';
import {
  approveReimbursement,
  approveReimbursements,
  approveStipend,
  createStipend,
  deleteStipend,
  fundingSummary,
  payReimbursement,
  payStipend,
  rejectReimbursement,
  submitReimbursement,
  updateStipend,
} from './funding.service.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

/** The references of Stipend records, resolved through the scope layer (null when out of scope). */
export const StipendReferences = referenceFields(Stipend, {
  team: { type: () => Team, description: 'The team it is paid to.' },
});

export const StipendMutations = entityMutations(Stipend, {
  access: STAFF,
  arguments: { id: 'The stipend.', version: 'The version last read.' },
  create: {
    input: CreateStipendInput,
    description:
      "Puts a PLANNED stipend on a team's schedule: one per team and program year; the amount defaults to the cohort's stipend per team per year.",
    run: createStipend,
  },
  update: {
    input: UpdateStipendInput,
    description: 'Changes a stipend while it is PLANNED.',
    run: updateStipend,
  },
  delete: {
    description: 'Deletes a stipend while it is PLANNED; returns its id.',
    run: deleteStipend,
  },
});

@Resolver(() => Stipend)
export class StipendResolver {
  @Allow(...STAFF)
  @Mutation(() => Stipend, { description: 'Approves a PLANNED stipend for payment.' })
  approveStipend(
    @Arg('id', () => ID, { description: 'The stipend.' }) id: string,
    @Arg('version', () => Int, { description: 'The version last read.' }) version: number,
    @Ctx() { data }: Context,
  ) {
    return approveStipend(data, id, version);
  }

  @Allow(...STAFF)
  @Mutation(() => Stipend, { description: 'Records the payment of an APPROVED stipend.' })
  payStipend(
    @Arg('id', () => ID, { description: 'The stipend.' }) id: string,
    @Arg('version', () => Int, { description: 'The version last read.' }) version: number,
    @Arg('input', () => PayInput) input: PayInput,
    @Ctx() { data }: Context,
  ) {
    return payStipend(data, id, version, input);
  }
}

@Resolver(() => FundingSummary)
export class FundingSummaryResolver {
  @FieldResolver(() => Cohort, { nullable: true, description: 'The cohort summed; null: all.' })
  cohort(@Root() summary: FundingSummary, @Ctx() { data }: Context) {
    return summary.cohortId ? data.byId(Cohort, summary.cohortId) : null;
  }

  @Allow(...STAFF)
  @Query(() => FundingSummary, {
    description:
      'Stipends and reimbursements by status for a cohort and program year (each optional), against the appropriation, in exact US dollars.',
  })
  fundingSummary(
    @Arg('cohortId', () => ID, { nullable: true, description: 'Only this cohort.' })
    cohortId: string | null,
    @Arg('programYear', () => String, {
      nullable: true,
      description: 'Only this program year, e.g. "2022-23".',
    })
    programYear: string | null,
    @Ctx() { data }: Context,
  ) {
    return fundingSummary(data, cohortId, programYear);
  }
}

/** The references of Reimbursement records, resolved through the scope layer (null when out of scope). */
export const ReimbursementReferences = referenceFields(Reimbursement, {
  membership: {
    type: () => Membership,
    description: 'The membership of the member who claims it.',
  },
  convening: { type: () => Convening, description: 'The convening the travel was for, if any.' },
});

@Resolver(() => Reimbursement)
export class ReimbursementResolver {
  @Allow(...STAFF, Role.CBO_PARTNER)
  @Mutation(() => Reimbursement, {
    description:
      "Submits a member's travel claim for a convening of their team's cohort; a CBO partner may submit for members representing its organization.",
  })
  submitReimbursement(
    @Arg('input', () => SubmitReimbursementInput) input: SubmitReimbursementInput,
    @Ctx() { data }: Context,
  ) {
    return submitReimbursement(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Reimbursement, { description: 'Approves a SUBMITTED claim.' })
  approveReimbursement(
    @Arg('id', () => ID, { description: 'The claim.' }) id: string,
    @Arg('version', () => Int, { description: 'The version last read.' }) version: number,
    @Ctx() { data }: Context,
  ) {
    return approveReimbursement(data, id, version);
  }

  @Allow(...STAFF)
  @Mutation(() => [Reimbursement], {
    description:
      'Approves several SUBMITTED claims at once, each as approveReimbursement would; if any is refused none is approved. The refusal names the record: its problems are under input.reimbursements.<index>.',
  })
  approveReimbursements(
    @Arg('input', () => ApproveReimbursementsInput) input: ApproveReimbursementsInput,
    @Ctx() { data }: Context,
  ) {
    return approveReimbursements(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Reimbursement, { description: 'Rejects a SUBMITTED claim, with a reason.' })
  rejectReimbursement(
    @Arg('id', () => ID, { description: 'The claim.' }) id: string,
    @Arg('version', () => Int, { description: 'The version last read.' }) version: number,
    @Arg('input', () => RejectReimbursementInput) input: RejectReimbursementInput,
    @Ctx() { data }: Context,
  ) {
    return rejectReimbursement(data, id, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Reimbursement, { description: 'Records the payment of an APPROVED claim.' })
  payReimbursement(
    @Arg('id', () => ID, { description: 'The claim.' }) id: string,
    @Arg('version', () => Int, { description: 'The version last read.' }) version: number,
    @Arg('input', () => PayInput) input: PayInput,
    @Ctx() { data }: Context,
  ) {
    return payReimbursement(data, id, version, input);
  }
}

/** The nested lists of Team records, read through the scope layer. */
export const TeamChildren = childLists(Team, {
  stipends: {
    list: StipendList,
    via: 'team',
    description: "The team's stipends, by program year.",
  },
});

/** The nested lists of Membership records, read through the scope layer. */
export const MembershipChildren = childLists(Membership, {
  reimbursements: {
    list: ReimbursementList,
    via: 'membership',
    description: "The member's travel reimbursement claims.",
  },
});

/** The nested lists of Convening records, read through the scope layer. */
export const ConveningChildren = childLists(Convening, {
  reimbursements: {
    list: ReimbursementList,
    via: 'convening',
    description: 'Travel reimbursement claims for the convening.',
  },
});

export const StipendQueries = entityQueries(Stipend, StipendList, {
  one: 'stipend',
  many: 'stipends',
  description: 'Stipends of all teams.',
  access: [SIGNED_IN],
});

export const ReimbursementQueries = entityQueries(Reimbursement, ReimbursementList, {
  one: 'reimbursement',
  many: 'reimbursements',
  description: "Members' travel reimbursement claims.",
  access: [SIGNED_IN],
});

export const AppropriationQueries = entityQueries(Appropriation, AppropriationList, {
  one: 'appropriation',
  many: 'appropriations',
  description: 'State funds appropriated to the initiative.',
  access: [PUBLIC],
});
