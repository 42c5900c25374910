import { GradeSpan, LeaType, Locale, OrganizationKind, Phase } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUrl, IsUUID, Length, Matches } from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { LeadAgency } from './lead-agency.entity.js';
import { Organization } from './organization.entity.js';
import { organizationMessages as m } from './organization.messages.js';

@InputType({ description: 'Filters for organization lists; all given filters must match.' })
export class OrganizationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text to find in the name or short name.' })
  q?: string;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganizationKind[];

  @Field(() => ID, { nullable: true, description: 'LEAs of this county office.' })
  countyOfficeId?: string;

  @Field(() => ID, { nullable: true, description: 'Schools of this LEA.' })
  leaId?: string;

  @Field(() => String, { nullable: true })
  cdsCode?: string;

  @Field(() => LeaType, { nullable: true })
  leaType?: LeaType;

  @Field(() => Locale, { nullable: true })
  locale?: Locale;

  @Field(() => GradeSpan, { nullable: true })
  gradeSpan?: GradeSpan;
}

export const OrganizationList = defineList(Organization, {
  filter: OrganizationFilter,
  orderFields: { NAME: 'name', KIND: 'kind', CDS_CODE: 'cdsCode', CREATED_AT: 'createdAt' },
  search: ['name', 'shortName'],
  paths: { kinds: 'kind' },
  defaultOrder: [ascending('name')],
});

@InputType({ description: 'Filters for lead agency lists.' })
export class LeadAgencyFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  organizationId?: string;

  @Field(() => Phase, { nullable: true })
  phase?: Phase;
}

export const LeadAgencyList = defineList(LeadAgency, {
  filter: LeadAgencyFilter,
  orderFields: { PHASE: 'phase', CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('phase')],
});

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class OrganizationFields {
  @Field(() => String, { nullable: true, description: 'A short name or acronym.' })
  @IsOptional()
  @Length(1, 40)
  shortName?: string | null;

  @Field(() => ID, { nullable: true, description: 'The county office (required for an LEA).' })
  @IsOptional()
  @IsUUID()
  countyOfficeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The LEA (required for a school).' })
  @IsOptional()
  @IsUUID()
  leaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Two digits (county offices only).' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: m.countyCodeFormat() })
  countyCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '14 digits; spaces and dashes are ignored (19-64725-0000000).',
  })
  @IsOptional()
  cdsCode?: string | null;

  @Field(() => LeaType, { nullable: true })
  leaType?: LeaType | null;

  @Field(() => Locale, { nullable: true })
  locale?: Locale | null;

  @Field(() => GradeSpan, { nullable: true })
  gradeSpan?: GradeSpan | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl()
  website?: string | null;
}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput extends OrganizationFields {
  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String)
  @Length(1, 200)
  name: string;
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are.' })
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}
