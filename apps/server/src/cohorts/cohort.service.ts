import { ApplicationStatus, CohortStatus, isLate, Role } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { Application } from '../applications/application.entity.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { enumValue } from '../i18n/messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Cohort, CohortDeadline } from './cohort.entity.js';
import type {
  CreateCohortInput,
  MoveApplicationDeadlineInput,
  OpenRecruitmentInput,
  UpdateCohortInput,
} from './cohort.inputs.js';
import { cohortMessages as m } from './cohort.messages.js';

export async function createCohort(data: ScopedData, input: CreateCohortInput): Promise<Cohort> {
  return data.transaction(async (tx) => {
    const cohort = tx.em.create(Cohort, {
      number: input.number,
      name: input.name,
      phase: input.phase,
    });
    await save(tx, cohort, input);
    return cohort;
  });
}

export async function updateCohort(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateCohortInput,
): Promise<Cohort> {
  return data.transaction(async (tx) => {
    const cohort = await tx.forWrite(Cohort, id, version);
    await save(tx, cohort, input);
    return cohort;
  });
}

async function save(tx: ScopedData, cohort: Cohort, input: CreateCohortInput | UpdateCohortInput) {
  const { deadlineReason, designeeId, ...fields } = input as UpdateCohortInput;
  const previousDueAt = cohort.applicationDueAt?.getTime() ?? null;
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (cohort as unknown as Record<string, unknown>)[key] = value;
  }
  if (designeeId !== undefined) cohort.designee = await designee(tx, designeeId);
  checkWindow(cohort);
  const dueAt = cohort.applicationDueAt;
  if (dueAt && dueAt.getTime() !== previousDueAt) {
    tx.em.create(CohortDeadline, { cohort: ref(cohort), dueAt, reason: deadlineReason ?? null });
    await remarkLateness(tx, cohort, dueAt);
  }
  await tx.assertWritable(Cohort, cohort);
  await tx.em.flush();
}

/**
 * Starts recruitment: a planned cohort gets its application window and takes letters of
 * interest from then on.
 */
export async function openRecruitment(
  data: ScopedData,
  id: string,
  version: number,
  input: OpenRecruitmentInput,
): Promise<Cohort> {
  return data.transaction(async (tx) => {
    const cohort = await tx.forWrite(Cohort, id, version);
    if (cohort.status !== CohortStatus.PLANNED) {
      throw InvalidInputError.field(
        'status',
        m.openNotPlanned({ cohort: cohort.name, status: enumValue('CohortStatus', cohort.status) }),
      );
    }
    await save(tx, cohort, {
      status: CohortStatus.RECRUITING,
      applicationOpensAt: input.opensAt,
      applicationDueAt: input.dueAt,
    });
    return cohort;
  });
}

/** Moves a recruiting cohort's deadline, keeping the old one in its history. */
export async function moveApplicationDeadline(
  data: ScopedData,
  id: string,
  version: number,
  input: MoveApplicationDeadlineInput,
): Promise<Cohort> {
  return data.transaction(async (tx) => {
    const cohort = await tx.forWrite(Cohort, id, version);
    if (cohort.status !== CohortStatus.RECRUITING) {
      throw InvalidInputError.field(
        'status',
        m.moveNotRecruiting({
          cohort: cohort.name,
          status: enumValue('CohortStatus', cohort.status),
        }),
      );
    }
    if (cohort.applicationDueAt?.getTime() === input.dueAt.getTime()) {
      throw InvalidInputError.field('input.dueAt', m.deadlineUnchanged());
    }
    await save(tx, cohort, { applicationDueAt: input.dueAt, deadlineReason: input.reason });
    return cohort;
  });
}

/**
 * Late means after the deadline in force: when it moves, submitted applications are marked
 * again against the new one (an extension makes a late letter timely).
 */
async function remarkLateness(tx: ScopedData, cohort: Cohort, dueAt: Date): Promise<void> {
  const submitted = await tx.em.find(Application, {
    cohort: cohort.id,
    submittedAt: { $ne: null },
    status: { $ne: ApplicationStatus.DRAFT },
  });
  for (const application of submitted) {
    application.isLate = isLate(application.submittedAt as Date, dueAt);
  }
}

/** The vacancy designee is CEI staff (domain.md, Vacancy): an active staff or admin account. */
async function designee(tx: ScopedData, accountId: string | null) {
  if (accountId === null) return null;
  const account = await tx.reference(Account, accountId, 'input.designeeId');
  if ((account.role !== Role.CEI_ADMIN && account.role !== Role.CEI_STAFF) || account.disabledAt) {
    throw InvalidInputError.field(
      'input.designeeId',
      account.disabledAt
        ? m.designeeDisabled({ email: account.email })
        : m.designeeRole({ email: account.email, role: enumValue('Role', account.role) }),
    );
  }
  return ref(account);
}

function checkWindow(cohort: Cohort): void {
  const problems: FieldProblem[] = [];
  if (
    cohort.applicationOpensAt &&
    cohort.applicationDueAt &&
    cohort.applicationOpensAt >= cohort.applicationDueAt
  ) {
    problems.push({ path: 'input.applicationDueAt', message: m.dueBeforeOpens() });
  }
  if (problems.length) throw new InvalidInputError(problems);
}
