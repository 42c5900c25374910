import { Role } from '@cei/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import type { ListArguments } from '../graphql/list.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';
import { Membership } from './membership.entity.js';
import { Person } from './person.entity.js';
import {
  CreateMembershipInput,
  CreatePersonInput,
  EndMembershipInput,
  EndMembershipsInput,
  MembershipList,
  PersonList,
  UpdateMembershipInput,
  UpdatePersonInput,
} from './roster.inputs.js';
import {
  createMembership,
  createPerson,
  endMembership,
  endMemberships,
  updateMembership,
  updatePerson,
} from './roster.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization the person works for.',
  })
  employer(@Root() person: Person, @Ctx() { data }: Context) {
    return data.ref(person.employer);
  }

  @FieldResolver(() => MembershipList.Page, { description: "The person's memberships on teams." })
  memberships(
    @Root() person: Person,
    @Args(() => MembershipList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(MembershipList.spec, 'person', person.id, args);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Person, { description: 'Adds a person.' })
  createPerson(
    @Arg('input', () => CreatePersonInput) input: CreatePersonInput,
    @Ctx() { data }: Context,
  ) {
    return createPerson(data, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Person, { description: 'Changes a person.' })
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() { data }: Context,
  ) {
    return updatePerson(data, id, version, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => ID, { description: 'Deletes a person without memberships; returns the id.' })
  deletePerson(@Arg('id', () => ID) id: string, @Ctx() { data }: Context) {
    return data.remove(Person, id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team.' })
  team(@Root() membership: Membership, @Ctx() { data }: Context) {
    return data.ref(membership.team);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person.' })
  person(@Root() membership: Membership, @Ctx() { data }: Context) {
    return data.ref(membership.person);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization the person represents.',
  })
  organization(@Root() membership: Membership, @Ctx() { data }: Context) {
    return data.ref(membership.organization);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Membership, { description: 'Puts a person on a team in a role.' })
  createMembership(
    @Arg('input', () => CreateMembershipInput) input: CreateMembershipInput,
    @Ctx() { data }: Context,
  ) {
    return createMembership(data, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Membership, {
    description:
      'Ends a membership when the person leaves the team (CEI staff; a team lead for their own team). A required role left uncovered opens a vacancy, due one calendar month later.',
  })
  endMembership(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => EndMembershipInput) input: EndMembershipInput,
    @Ctx() { data }: Context,
  ) {
    return endMembership(data, id, version, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => [Membership], {
    description:
      'Ends several memberships at once, on one date for one reason (CEI staff; a team lead for their own team): each is checked as by endMembership, and if any is refused none is ended. The refusal names the record: its problems are under input.memberships.<index>.',
  })
  endMemberships(
    @Arg('input', () => EndMembershipsInput) input: EndMembershipsInput,
    @Ctx() { data }: Context,
  ) {
    return endMemberships(data, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => Membership, {
    description:
      'Changes or corrects a membership, its end included; when someone leaves, use endMembership.',
  })
  updateMembership(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput,
    @Ctx() { data }: Context,
  ) {
    return updateMembership(data, id, version, input);
  }

  @Allow(...STAFF, Role.TEAM_LEAD)
  @Mutation(() => ID, {
    description:
      'Deletes a membership entered by mistake (end it instead when someone leaves); returns its id.',
  })
  deleteMembership(@Arg('id', () => ID) id: string, @Ctx() { data }: Context) {
    return data.remove(Membership, id);
  }
}

@Resolver(() => Team)
export class TeamRosterResolver {
  @FieldResolver(() => MembershipList.Page, { description: "The team's roster, past and present." })
  memberships(
    @Root() team: Team,
    @Args(() => MembershipList.Args) args: ListArguments,
    @Ctx() { data }: Context,
  ) {
    return data.children(MembershipList.spec, 'team', team.id, args);
  }
}

export const PersonQueries = entityQueries(Person, PersonList, {
  one: 'person',
  many: 'people',
  description: 'People on rosters.',
  access: [SIGNED_IN],
});

export const MembershipQueries = entityQueries(Membership, MembershipList, {
  one: 'membership',
  many: 'memberships',
  description: 'Memberships of people on teams.',
  access: [SIGNED_IN],
});
