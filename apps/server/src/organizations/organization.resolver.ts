import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, PUBLIC, STAFF } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { referenceFields } from '../graphql/references.js';
import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import {
  CreateOrganizationInput,
  LeadAgencyList,
  OrganizationList,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import { createOrganization, updateOrganization } from './organization.service.js';

/** The references of Organization records, resolved through the scope layer (null when out of scope). */
export const OrganizationReferences = referenceFields(Organization, {
  lea: { type: () => Organization, description: 'The LEA of a school.' },
  countyOffice: { type: () => Organization, description: 'The county office of an LEA.' },
});

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => OrganizationList.Page, { description: 'The LEAs of a county office.' })
  leas(
    @Root() organization: Organization,
    @Args(() => OrganizationList.Args) args: InstanceType<typeof OrganizationList.Args>,
    @Ctx() { data }: Context,
  ) {
    return data.children(OrganizationList.spec, 'countyOffice', organization.id, args);
  }

  @FieldResolver(() => OrganizationList.Page, { description: 'The schools of an LEA.' })
  schools(
    @Root() organization: Organization,
    @Args(() => OrganizationList.Args) args: InstanceType<typeof OrganizationList.Args>,
    @Ctx() { data }: Context,
  ) {
    return data.children(OrganizationList.spec, 'lea', organization.id, args);
  }

  @Allow(...STAFF)
  @Mutation(() => Organization, { description: 'Adds an organization.' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
    @Ctx() { data }: Context,
  ): Promise<Organization> {
    return createOrganization(data, input);
  }

  @Allow(...STAFF)
  @Mutation(() => Organization, { description: 'Changes an organization.' })
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Ctx() { data }: Context,
  ): Promise<Organization> {
    return updateOrganization(data, id, version, input);
  }

  @Allow(...STAFF)
  @Mutation(() => ID, {
    description: 'Deletes an organization that nothing refers to; returns its id.',
  })
  deleteOrganization(@Arg('id', () => ID) id: string, @Ctx() { data }: Context): Promise<string> {
    return data.remove(Organization, id);
  }
}

/** The references of LeadAgency records, resolved through the scope layer (null when out of scope). */
export const LeadAgencyReferences = referenceFields(LeadAgency, {
  organization: { type: () => Organization, description: 'The agency.' },
});

export const OrganizationQueries = entityQueries(Organization, OrganizationList, {
  one: 'organization',
  many: 'organizations',
  description: 'County offices, LEAs, schools, community-based organizations and state agencies.',
  access: [PUBLIC],
});

export const LeadAgencyQueries = entityQueries(LeadAgency, LeadAgencyList, {
  one: 'leadAgency',
  many: 'leadAgencies',
  description: 'The consortium that co-directs the CEI, per phase.',
  access: [PUBLIC],
});
