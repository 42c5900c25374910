import { ApplicationStatus, DocumentFormat } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ascending, defineList } from '../graphql/list.js';
import { DateTimeScalar } from '../graphql/scalars.js';
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
