import {
  APPLICATION_TRANSITIONS,
  ApplicationStatus,
  CohortStatus,
  commitmentProgramYears,
  DocumentFormat,
  isLate,
  LETTER_OF_INTEREST_PARTS,
  letterOfInterestPartLabels,
  missingParts,
  OrganizationKind,
  PersonKind,
  programYearBounds,
} from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Cohort } from '../cohorts/cohort.entity.js';
import { applyInput } from '../common/apply-input.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { assertTransition, type TransitionRefusal } from '../common/transitions.js';
import { Stipend } from '../funding/stipend.entity.js';
import { enumValue, type Localizable, type Message, type Param } from '../i18n/messages.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../rosters/person.entity.js';
import { createMembership } from '../rosters/roster.service.js';
import { PARTIAL_READ, type ScopedData } from '../scope/scoped-data.js';
import { Team } from '../teams/team.entity.js';
import { createTeam } from '../teams/team.service.js';
import { Application, ApplicationDocument, ApplicationLea } from './application.entity.js';
import type {
  CreateApplicationInput,
  SelectApplicationInput,
  UpdateApplicationInput,
} from './application.inputs.js';
import { applicationMessages as m } from './application.messages.js';
import { checkedDocument, type DocumentUpload } from './documents.js';

const { DRAFT, SUBMITTED, UNDER_REVIEW, SELECTED, WAITLISTED, DECLINED, WITHDRAWN } =
  ApplicationStatus;

const references = { focusSchoolId: [Organization, 'focusSchool'] } as const;

/** A draft letter of interest to a recruiting cohort. */
export async function createApplication(
  data: ScopedData,
  input: CreateApplicationInput,
): Promise<Application> {
  return data.transaction(async (tx) => {
    const cohort = await tx.reference(Cohort, input.cohortId, 'input.cohortId');
    if (cohort.status !== CohortStatus.RECRUITING) {
      throw InvalidInputError.field(
        'input.cohortId',
        m.cohortNotRecruiting({
          cohort: cohort.name,
          status: enumValue('CohortStatus', cohort.status),
        }),
      );
    }
    const lea = await tx.reference(Organization, input.leaId, 'input.leaId');
    // One letter per LEA and cohort, unless withdrawn (the unique index is the backstop).
    const earlier = await tx.em.count(Application, {
      cohort: cohort.id,
      lea: lea.id,
      status: { $ne: WITHDRAWN },
    });
    if (earlier > 0) {
      throw InvalidInputError.field(
        'input.leaId',
        m.alreadyApplied({ lea: lea.name, cohort: cohort.name }),
      );
    }
    const application = tx.em.create(Application, { cohort: ref(cohort), lea: ref(lea) });
    await save(tx, application, input);
    return application;
  });
}

/** Changes a draft; once submitted, a letter is what the reviewers read and stays as it was. */
export async function updateApplication(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateApplicationInput,
): Promise<Application> {
  return data.transaction(async (tx) => {
    const application = await tx.forWrite(Application, id, version);
    assertDraft(application, m.changeNotDraft);
    await save(tx, application, input);
    return application;
  });
}

async function save(
  tx: ScopedData,
  application: Application,
  input: CreateApplicationInput | UpdateApplicationInput,
): Promise<void> {
  const {
    cohortId: _cohort,
    leaId: _lea,
    memberLeaIds,
    ...fields
  } = input as CreateApplicationInput;
  const contactEmail = fields.contactEmail?.trim().toLowerCase() || fields.contactEmail;
  await applyInput(tx, application, { ...fields, contactEmail }, references);
  const memberLeas = memberLeaIds
    ? await Promise.all(
        memberLeaIds.map((id, index) =>
          tx.reference(Organization, id, `input.memberLeaIds.${index}`),
        ),
      )
    : await memberLeasOf(tx, application);
  await checkOrganizations(application, memberLeas);
  await tx.assertWritable(Application, application);
  if (memberLeaIds) {
    await tx.em.nativeDelete(ApplicationLea, { application: application.id });
    for (const lea of memberLeas) {
      tx.em.create(ApplicationLea, { application: ref(application), lea: ref(lea) });
    }
  }
  await tx.em.flush();
}

/** A consortium application's LEAs other than the applicant, in one query. */
export async function memberLeasOf(
  data: ScopedData,
  application: Application,
): Promise<Organization[]> {
  const links = await data.em.find(
    ApplicationLea,
    { application: application.id },
    { populate: ['lea'] },
  );
  return links.map((link) => link.lea.getEntity());
}

/** The applicant and consortium members are LEAs; the focus school is a school of one of them. */
async function checkOrganizations(application: Application, memberLeas: Organization[]) {
  const problems: FieldProblem[] = [];
  const lea = await application.lea.loadOrFail();
  if (lea.kind !== OrganizationKind.LEA) {
    problems.push({ path: 'input.leaId', message: m.notAnLea({ name: lea.name }) });
  }
  memberLeas.forEach((member, index) => {
    const path = `input.memberLeaIds.${index}`;
    if (member.kind !== OrganizationKind.LEA) {
      problems.push({ path, message: m.notAnLea({ name: member.name }) });
    } else if (member.id === lea.id) {
      problems.push({ path, message: m.isApplyingLea() });
    }
  });
  const school = application.focusSchool ? await application.focusSchool.loadOrFail() : null;
  if (school) {
    const leaIds = new Set([lea.id, ...memberLeas.map((member) => member.id)]);
    if (school.kind !== OrganizationKind.SCHOOL) {
      problems.push({ path: 'input.focusSchoolId', message: m.notASchool({ name: school.name }) });
    } else if (!school.lea || !leaIds.has(school.lea.id)) {
      problems.push({
        path: 'input.focusSchoolId',
        message: m.notSchoolOfApplicants({ name: school.name }),
      });
    }
  }
  if (problems.length) throw new InvalidInputError(problems);
}

/**
 * Keeps the Word or the PDF version of the letter, replacing an earlier upload of that format.
 * The content is checked (size, and that its bytes are what the format says) before anything
 * is written.
 */
export async function uploadApplicationDocument(
  data: ScopedData,
  applicationId: string,
  upload: DocumentUpload,
): Promise<ApplicationDocument> {
  const file = await checkedDocument(upload);
  return data.transaction(async (tx) => {
    const application = await tx.forWrite(Application, applicationId);
    assertDraft(application, m.uploadNotDraft);
    await tx.em.nativeDelete(ApplicationDocument, {
      application: application.id,
      format: upload.format,
    });
    const document = tx.em.create(ApplicationDocument, {
      application: ref(application),
      format: upload.format,
      fileName: file.fileName,
      contentType: file.contentType,
      byteSize: file.content.byteLength,
      content: file.content,
    });
    // A new file is a change to the letter: whoever saw the old version holds a stale one.
    application.updatedAt = new Date();
    await tx.em.flush();
    return document;
  });
}

/**
 * Submits a complete letter. Incomplete: BAD_USER_INPUT naming every missing part. After the
 * cohort's deadline (the latest one, if it moved) it is accepted and marked late; before the
 * window opens, or to a cohort no longer recruiting, it is refused.
 */
export async function submitApplication(
  data: ScopedData,
  id: string,
  version: number,
  now = new Date(),
): Promise<Application> {
  return data.transaction(async (tx) => {
    const application = await tx.forWrite(Application, id, version);
    assertApplicationTransition(application, SUBMITTED);
    const cohort = await application.cohort.loadOrFail();
    if (cohort.status !== CohortStatus.RECRUITING) {
      throw InvalidInputError.field(
        'cohort',
        m.noLongerRecruiting({
          cohort: cohort.name,
          status: enumValue('CohortStatus', cohort.status),
        }),
      );
    }
    if (cohort.applicationOpensAt && now < cohort.applicationOpensAt) {
      throw InvalidInputError.field(
        'cohort',
        m.notOpenYet({ cohort: cohort.name, opensAt: cohort.applicationOpensAt.toISOString() }),
      );
    }
    const missing = await missingPartsOf(tx, application);
    if (missing.length) {
      throw new InvalidInputError(
        missing.map((part) => ({ path: part, message: m.missingPart({ part: partLabel(part) }) })),
      );
    }
    application.status = SUBMITTED;
    application.submittedAt = now;
    application.isLate = cohort.applicationDueAt ? isLate(now, cohort.applicationDueAt) : false;
    await tx.em.flush();
    return application;
  });
}

/** What the letter still lacks, as domain part keys, `signedOn` included (the constraint needs it). */
export async function missingPartsOf(
  data: ScopedData,
  application: Application,
): Promise<string[]> {
  const formats = await documentFormatsOf(data, application.id);
  const missing = new Set<string>(
    missingParts({
      ...application,
      focusSchoolId: application.focusSchool?.id ?? null,
      hasWordDocument: formats.has(DocumentFormat.WORD),
      hasPdfDocument: formats.has(DocumentFormat.PDF),
    }),
  );
  if (!application.signedOn) missing.add('signedOn');
  return PARTS_IN_ORDER.filter((part) => missing.has(part));
}

/** The formats uploaded per application; the applications of one list are read together. */
function documentFormatsOf(data: ScopedData, applicationId: string): Promise<Set<DocumentFormat>> {
  return data.batch('documentFormats', applicationId, async (ids) => {
    const documents = await data.em.find(
      ApplicationDocument,
      { application: { $in: [...ids] } },
      { ...PARTIAL_READ, fields: ['application', 'format'] },
    );
    return ids.map(
      (id) =>
        new Set(
          documents
            .filter((document) => document.application.id === id)
            .map((document) => document.format),
        ),
    );
  });
}

/** The letter's parts in the order of the letter, with the signature date after the signer. */
const PARTS_IN_ORDER: string[] = LETTER_OF_INTEREST_PARTS.flatMap((part) =>
  part === 'superintendentName' ? [part, 'signedOn'] : [part],
);

function partLabel(part: string): Localizable {
  if (part === 'signedOn') return m.signedOnPart();
  return {
    render: (language) =>
      (letterOfInterestPartLabels[language] as Record<string, string>)[part] ?? part,
  };
}

/** Moves an application along a transition of domain.md that needs nothing else. */
export async function moveApplication(
  data: ScopedData,
  id: string,
  version: number,
  to: typeof UNDER_REVIEW | typeof WAITLISTED | typeof DECLINED | typeof WITHDRAWN,
  now = new Date(),
): Promise<Application> {
  return data.transaction(async (tx) => {
    const application = await tx.forWrite(Application, id, version);
    assertApplicationTransition(application, to);
    application.status = to;
    if (to === WAITLISTED || to === DECLINED) application.decidedAt = now;
    await tx.em.flush();
    return application;
  });
}

/**
 * Selects an application: in one transaction, the team (lead and member LEAs, focus school),
 * its point of contact on the roster, and one planned stipend per year of the cohort's minimum
 * commitment. Any failure leaves nothing behind.
 */
export async function selectApplication(
  data: ScopedData,
  id: string,
  version: number,
  input: SelectApplicationInput,
  now = new Date(),
): Promise<Application> {
  return data.transaction(async (tx) => {
    const application = await tx.forWrite(Application, id, version);
    assertApplicationTransition(application, SELECTED);
    const cohort = await application.cohort.loadOrFail();
    const problems: FieldProblem[] = [];
    if (!cohort.minimumCommitmentYears) {
      problems.push({
        path: 'cohort.minimumCommitmentYears',
        message: m.noMinimumCommitment({ cohort: cohort.name }),
      });
    }
    if (!cohort.stipendPerTeamPerYear) {
      problems.push({
        path: 'cohort.stipendPerTeamPerYear',
        message: m.noStipendPerTeam({ cohort: cohort.name }),
      });
    }
    if (problems.length) throw new InvalidInputError(problems);
    const programYears = commitmentProgramYears(input.joinedOn, cohort.minimumCommitmentYears ?? 1);

    const memberLeas = await memberLeasOf(tx, application);
    const team = await createTeam(tx, {
      cohortId: cohort.id,
      leadLeaId: application.lea.id,
      memberLeaIds: memberLeas.map((lea) => lea.id),
      focusSchoolId: application.focusSchool?.id ?? null,
      name: input.teamName,
      joinedOn: input.joinedOn,
      commitmentEndsOn: programYearBounds(programYears[programYears.length - 1] as string).end,
    });

    const contact = await contactPerson(tx, application);
    await createMembership(tx, {
      teamId: team.id,
      personId: contact.id,
      role: input.contactRole,
      organizationId: application.lea.id,
      startedOn: input.joinedOn,
    });

    for (const programYear of programYears) {
      tx.em.create(Stipend, {
        team: tx.em.getReference(Team, team.id, { wrapped: true }),
        programYear,
        amount: cohort.stipendPerTeamPerYear as string,
      });
    }
    application.status = SELECTED;
    application.decidedAt = now;
    application.team = tx.em.getReference(Team, team.id, { wrapped: true });
    await tx.em.flush();
    return application;
  });
}

/** The letter's point of contact as a roster person: the one with that email, or a new one. */
async function contactPerson(tx: ScopedData, application: Application): Promise<Person> {
  const email = application.contactEmail as string;
  const existing = await tx.em.findOne(Person, { email });
  if (existing) return existing;
  const name = (application.contactName as string).trim();
  const split = name.lastIndexOf(' ');
  const person = tx.em.create(Person, {
    givenName: split > 0 ? name.slice(0, split) : name,
    familyName: split > 0 ? name.slice(split + 1) : '',
    email,
    phone: application.contactPhone ?? null,
    kind: PersonKind.PROFESSIONAL,
    employer: ref(await application.lea.loadOrFail()),
  });
  await tx.em.flush();
  return person;
}

function assertDraft(
  application: Application,
  refusal: (params: { status: Param }) => Message,
): void {
  if (application.status !== DRAFT) {
    throw InvalidInputError.field(
      'status',
      refusal({ status: enumValue('ApplicationStatus', application.status) }),
    );
  }
}

function assertApplicationTransition(
  application: Application,
  to: Exclude<ApplicationStatus, typeof DRAFT>,
): void {
  assertTransition(
    'ApplicationStatus',
    APPLICATION_TRANSITIONS,
    application.status,
    to,
    TRANSITION_REFUSALS[to],
  );
}

/** Nothing moves back to DRAFT. */
const TRANSITION_REFUSALS: Record<Exclude<ApplicationStatus, typeof DRAFT>, TransitionRefusal> = {
  SUBMITTED: m.submit,
  UNDER_REVIEW: m.startReview,
  SELECTED: m.select,
  WAITLISTED: m.waitlist,
  DECLINED: m.decline,
  WITHDRAWN: m.withdraw,
};
