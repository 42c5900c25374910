import { ApplicationStatus, DocumentFormat, TeamRole } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Length } from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';

@InputType({ description: 'Filters for applications; all given filters must match.' })
export class ApplicationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "Text to find in the applying LEA's name, the point of contact or the superintendent.",
  })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Applications to this cohort.' })
  cohortId?: string;

  @Field(() => [ID], { nullable: true, description: 'Applications to any of these cohorts.' })
  cohortIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Applications led by this LEA.' })
  leaId?: string;

  @Field(() => ID, { nullable: true, description: 'Applications naming this focus school.' })
  focusSchoolId?: string;

  @Field(() => ID, { nullable: true, description: 'The application this team was selected from.' })
  teamId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Applications whose applying LEA belongs to this county office.',
  })
  countyOfficeId?: string;

  @Field(() => ApplicationStatus, { nullable: true, description: 'Only this status.' })
  status?: ApplicationStatus;

  @Field(() => [ApplicationStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ApplicationStatus[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only late applications; false: only timely ones.',
  })
  isLate?: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or after.' })
  submittedAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Submitted at or before.' })
  submittedAtTo?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Decided at or after.' })
  decidedAtFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Decided at or before.' })
  decidedAtTo?: Date;
}

export const ApplicationList = defineList(Application, {
  filter: ApplicationFilter,
  orderFields: {
    SUBMITTED_AT: 'submittedAt',
    DECIDED_AT: 'decidedAt',
    STATUS: 'status',
    CREATED_AT: 'createdAt',
  },
  search: ['lea.name', 'contactName', 'superintendentName'],
  paths: { countyOfficeId: 'lea.countyOffice', statuses: 'status' },
  defaultOrder: [ascending('submittedAt'), ascending('createdAt')],
});

@InputType({ description: 'Filters for the member LEAs of consortium applications.' })
export class ApplicationLeaFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Member LEAs of this application.' })
  applicationId?: string;

  @Field(() => ID, { nullable: true, description: 'Applications this LEA is a member of.' })
  leaId?: string;
}

export const ApplicationLeaList = defineList(ApplicationLea, {
  filter: ApplicationLeaFilter,
  orderFields: { CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('createdAt')],
});

@InputType({ description: 'Filters for uploaded letters of interest.' })
export class ApplicationDocumentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => ID, { nullable: true, description: 'Documents of this application.' })
  applicationId?: string;

  @Field(() => DocumentFormat, { nullable: true, description: 'Only this format.' })
  format?: DocumentFormat;
}

export const ApplicationDocumentList = defineList(ApplicationDocument, {
  filter: ApplicationDocumentFilter,
  orderFields: { FORMAT: 'format', FILE_NAME: 'fileName', UPLOADED_AT: 'uploadedAt' },
  defaultOrder: [ascending('format')],
});

/** A narrative section: up to three pages in all, so a few thousand characters each. */
const NARRATIVE = 8000;

/** Fields shared by the create and update inputs; not a schema type of its own. */
@InputType()
class ApplicationFields {
  @Field(() => [ID], {
    nullable: true,
    description: 'For a consortium: its LEAs other than the applicant (replaces the list).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID({ each: true })
  memberLeaIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The specified school site (a school of the applying LEAs).',
  })
  @IsOptional()
  @IsUUID()
  focusSchoolId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The point of contact, a district employee.',
  })
  @IsOptional()
  @Length(1, 200)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: "The point of contact's phone number." })
  @IsOptional()
  @Length(7, 40)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: "The point of contact's email address." })
  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The superintendent who signs the letter.' })
  @IsOptional()
  @Length(1, 200)
  superintendentName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the superintendent signed.' })
  signedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The district, its community and its student body.',
  })
  @IsOptional()
  @Length(1, NARRATIVE)
  districtDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the district wants to join.' })
  @IsOptional()
  @Length(1, NARRATIVE)
  motivation?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How it has engaged, or hopes to engage, community members in district decisions and families at school.',
  })
  @IsOptional()
  @Length(1, NARRATIVE)
  engagementHistory?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Efforts and barriers in building capacity for difficult conversations and trust.',
  })
  @IsOptional()
  @Length(1, NARRATIVE)
  difficultConversations?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How it engages communities not historically engaged.',
  })
  @IsOptional()
  @Length(1, NARRATIVE)
  underservedEngagement?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rural or remote circumstances, if the district states them.',
  })
  @IsOptional()
  @Length(1, NARRATIVE)
  ruralCircumstances?: string | null;
}

@InputType({ description: 'A draft letter of interest to a recruiting cohort.' })
export class CreateApplicationInput extends ApplicationFields {
  @Field(() => ID, { description: 'The recruiting cohort applied to.' })
  @IsUUID()
  cohortId: string;

  @Field(() => ID, { description: 'The applying LEA; for a consortium, its lead.' })
  @IsUUID()
  leaId: string;
}

@InputType({ description: 'Changes to a draft letter; omitted fields stay as they are.' })
export class UpdateApplicationInput extends ApplicationFields {}

@InputType({ description: 'The letter of interest as a file: a Word document or a PDF.' })
export class UploadApplicationDocumentInput {
  @Field(() => DocumentFormat, { description: 'Which version of the letter this file is.' })
  format: DocumentFormat;

  @Field(() => String, { description: 'The name of the file, e.g. "Letter of interest.pdf".' })
  @Length(1, 200)
  fileName: string;

  @Field(() => String, {
    description:
      "The file's bytes, base64-encoded; at most 5 MB, and a PDF or a Word document by content.",
  })
  contentBase64: string;
}

@InputType({ description: 'How the team of a selected application starts.' })
export class SelectApplicationInput {
  @Field(() => DateScalar, { description: 'The day the team joins the cohort.' })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: "Defaults to the applying LEA's name." })
  @IsOptional()
  @Length(1, 200)
  teamName?: string;

  @Field(() => TeamRole, {
    defaultValue: TeamRole.DISTRICT_ENGAGEMENT_LEAD,
    description: "The point of contact's role on the team.",
  })
  contactRole: TeamRole;
}
