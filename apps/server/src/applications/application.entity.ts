import { ApplicationStatus, DocumentFormat } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Cohort } from '../cohorts/cohort.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../teams/team.entity.js';

/**
 * A letter of interest from an LEA (or a consortium of LEAs) to join a recruiting cohort. Its
 * narratives are protected (domain.md, privacy tiers). Selecting it creates the team, which it
 * then points to. An LEA has at most one application per cohort that is not withdrawn.
 */
@ObjectType({
  description:
    'A letter of interest from an LEA, or a consortium of LEAs, to join a recruiting cohort.',
})
@Entity()
@Unique({
  name: 'application_one_per_lea_unique',
  expression:
    'create unique index "application_one_per_lea_unique" on "application" ("cohort_id", "lea_id") where "status" <> \'WITHDRAWN\'',
})
@Check({
  name: 'application_submitted_check',
  expression:
    "status = 'DRAFT' or status = 'WITHDRAWN' or (submitted_at is not null and signed_on is not null)",
})
@Check({ name: 'application_late_check', expression: 'not is_late or submitted_at is not null' })
@Check({
  name: 'application_decided_check',
  expression:
    "(status <> 'SELECTED' and status <> 'WAITLISTED' and status <> 'DECLINED') or decided_at is not null",
})
@Check({ name: 'application_team_check', expression: "team_id is null or status = 'SELECTED'" })
export class Application extends BaseEntity {
  @ManyToOne(() => Cohort, { ref: true, index: true })
  cohort: Ref<Cohort>;

  /** The applying LEA; for a consortium, the one that leads it. */
  @ManyToOne(() => Organization, { ref: true, index: true })
  lea: Ref<Organization>;

  /** The "specified school site" where the team would test its problem of practice. */
  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  focusSchool?: Ref<Organization> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The point of contact, a district employee.',
  })
  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The point of contact's phone number.",
  })
  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The point of contact's email address.",
  })
  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The superintendent who signs the letter.',
  })
  @Property({ type: 'text', nullable: true })
  superintendentName?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the superintendent signed; required once submitted.',
  })
  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The district, its community and its student body.',
  })
  @Property({ type: 'text', nullable: true })
  districtDescription?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the district wants to join the cohort.',
  })
  @Property({ type: 'text', nullable: true })
  motivation?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How the district has engaged (or hopes to engage) community members in district decisions and families at school, e.g. through the LCAP.',
  })
  @Property({ type: 'text', nullable: true })
  engagementHistory?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Efforts and barriers in building capacity for difficult conversations and trust.',
  })
  @Property({ type: 'text', nullable: true })
  difficultConversations?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the district engages communities not historically engaged.',
  })
  @Property({ type: 'text', nullable: true })
  underservedEngagement?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rural or remote circumstances, if the district states them.',
  })
  @Property({ type: 'text', nullable: true })
  ruralCircumstances?: string | null;

  @Field(() => ApplicationStatus, {
    description:
      'Draft, submitted, under review, then selected, waitlisted or declined; or withdrawn before a decision.',
  })
  @Enum({ items: () => ApplicationStatus, index: true })
  status: Opt<ApplicationStatus> = ApplicationStatus.DRAFT;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Boolean, {
    description: "Whether it was submitted after the cohort's application window closed.",
  })
  @Property({ type: 'boolean', default: false })
  isLate: Opt<boolean> = false;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was selected, waitlisted or declined.',
  })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The team created when the application was selected. */
  @ManyToOne(() => Team, { ref: true, nullable: true, unique: true })
  team?: Ref<Team> | null;
}

/** An LEA applying as a member of a consortium, other than the lead applicant. */
@ObjectType({
  description: 'An LEA applying as a member of a consortium, other than the lead applicant.',
})
@Entity()
@Unique({ properties: ['application', 'lea'] })
export class ApplicationLea extends BaseEntity {
  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application: Ref<Application>;

  @ManyToOne(() => Organization, { ref: true, index: true })
  lea: Ref<Organization>;
}

/**
 * The letter of interest as uploaded, once as a Word document and once as a PDF. The bytes are
 * loaded only when asked for (lazy), never with a list, and are not a GraphQL field.
 */
@ObjectType({
  description: 'The letter of interest as uploaded: one Word document and one PDF per application.',
})
@Entity()
@Unique({ properties: ['application', 'format'] })
@Check({
  name: 'application_document_byte_size_check',
  expression: 'byte_size = octet_length(content)',
})
export class ApplicationDocument extends BaseEntity {
  @ManyToOne(() => Application, { ref: true, deleteRule: 'cascade' })
  application: Ref<Application>;

  @Field(() => DocumentFormat, { description: 'Word or PDF.' })
  @Enum({ items: () => DocumentFormat })
  format: DocumentFormat;

  @Field(() => String, { description: 'The name of the uploaded file.' })
  @Property({ type: 'text' })
  fileName: string;

  @Field(() => String, { description: 'Its media type, e.g. "application/pdf".' })
  @Property({ type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  @Property({ type: 'integer' })
  byteSize: number;

  @Property({ type: 'blob', lazy: true })
  content: Buffer;

  @Field(() => DateTimeScalar, { description: 'When it was uploaded.' })
  @Property({ type: 'datetime' })
  uploadedAt: Opt<Date> = new Date();
}
