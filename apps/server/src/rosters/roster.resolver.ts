import { Role } from '@cei/domain';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityMutations } from '../graphql/entity-mutations.js';
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

export const PersonMutations = entityMutations(Person, {
  access: [...STAFF, Role.TEAM_LEAD],
  create: { input: CreatePersonInput, description: 'Adds a person.', run: createPerson },
  update: { input: UpdatePersonInput, description: 'Changes a person.', run: updatePerson },
  delete: { description: 'Deletes a person without memberships; returns the id.' },
});

/** The references of Membership records, resolved through the scope layer (null when out of scope). */
export const MembershipReferences = referenceFields(Membership, {
  team: { type: () => Team, description: 'The team.' },
  person: { type: () => Person, description: 'The person.' },
  organization: {
    type: () => Organization,
    description: 'The organization the person represents.',
  },
});

export const MembershipMutations = entityMutations(Membership, {
  access: [...STAFF, Role.TEAM_LEAD],
  create: {
    input: CreateMembershipInput,
    description: 'Puts a person on a team in a role.',
    run: createMembership,
  },
  update: {
    input: UpdateMembershipInput,
    description:
      'Changes or corrects a membership, its end included; when someone leaves, use endMembership.',
    run: updateMembership,
  },
  delete: {
    description:
      'Deletes a membership entered by mistake (end it instead when someone leaves); returns its id.',
  },
});

@Resolver(() => Membership)
export class MembershipResolver {
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
