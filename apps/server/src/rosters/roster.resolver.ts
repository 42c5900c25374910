import { Role } from '@cei/domain';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { childLists, referenceFields } from '../graphql/references.js';
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

/** The references of Person records, resolved through the scope layer (null when out of scope). */
export const PersonReferences = referenceFields(Person, {
  employer: { type: () => Organization, description: 'The organization the person works for.' },
});

/** The nested lists of Person records, read through the scope layer. */
export const PersonChildren = childLists(Person, {
  memberships: {
    list: MembershipList,
    via: 'person',
    description: "The person's memberships on teams.",
  },
});

@Resolver(() => Person)
export class PersonResolver {
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

/** The references of Membership records, resolved through the scope layer (null when out of scope). */
export const MembershipReferences = referenceFields(Membership, {
  team: { type: () => Team, description: 'The team.' },
  person: { type: () => Person, description: 'The person.' },
  organization: {
    type: () => Organization,
    description: 'The organization the person represents.',
  },
});

@Resolver(() => Membership)
export class MembershipResolver {
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

/** The nested lists of Team records, read through the scope layer. */
export const TeamChildren = childLists(Team, {
  memberships: {
    list: MembershipList,
    via: 'team',
    description: "The team's roster, past and present.",
  },
});

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
