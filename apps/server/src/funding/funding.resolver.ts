import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Convening } from '../convenings/convening.entity.js';
import { PUBLIC, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Membership } from '../rosters/membership.entity.js';
import { Team } from '../teams/team.entity.js';
import { Appropriation } from './appropriation.entity.js';
import { AppropriationList, ReimbursementList, StipendList } from './funding.inputs.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

@Resolver(() => Stipend)
export class StipendResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team it is paid to.' })
  team(@Root() stipend: Stipend, @Ctx() { data }: Context) {
    return data.ref(stipend.team);
  }
}

@Resolver(() => Reimbursement)
export class ReimbursementResolver {
  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership of the member who claims it.',
  })
  membership(@Root() reimbursement: Reimbursement, @Ctx() { data }: Context) {
    return data.ref(reimbursement.membership);
  }

  @FieldResolver(() => Convening, {
    nullable: true,
    description: 'The convening the travel was for, if any.',
  })
  convening(@Root() reimbursement: Reimbursement, @Ctx() { data }: Context) {
    return data.ref(reimbursement.convening);
  }
}

@Resolver(() => Team)
export class TeamStipendsResolver {
  @FieldResolver(() => StipendList.Page, { description: "The team's stipends, by program year." })
  stipends(
    @Root() team: Team,
    @Args(() => StipendList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(StipendList.spec, 'team', team.id, args);
  }
}

@Resolver(() => Membership)
export class MembershipReimbursementsResolver {
  @FieldResolver(() => ReimbursementList.Page, {
    description: "The member's travel reimbursement claims.",
  })
  reimbursements(
    @Root() membership: Membership,
    @Args(() => ReimbursementList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ReimbursementList.spec, 'membership', membership.id, args);
  }
}

@Resolver(() => Convening)
export class ConveningReimbursementsResolver {
  @FieldResolver(() => ReimbursementList.Page, {
    description: 'Travel reimbursement claims for the convening.',
  })
  reimbursements(
    @Root() convening: Convening,
    @Args(() => ReimbursementList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(ReimbursementList.spec, 'convening', convening.id, args);
  }
}

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
