import {
  committedFunding,
  compareMoney,
  compareProgramYears,
  isProgramYear,
  nextProgramYear,
  pacificToInstant,
  programYearBounds,
  programYearOf,
  REIMBURSEMENT_TRANSITIONS,
  ReimbursementStatus,
  remainingFunding,
  STIPEND_TRANSITIONS,
  StipendStatus,
  sumMoney,
  type TotalsByStatus,
  todayInPacific,
} from '@cei/domain';
import { type EntityClass, raw, ref } from '@mikro-orm/core';
import { Cohort } from '../cohorts/cohort.entity.js';
import { eachRecord } from '../common/bulk.js';
import { type FieldProblem, InvalidInputError } from '../common/errors.js';
import { assertTransition, type TransitionRefusal } from '../common/transitions.js';
import { validationMessages } from '../common/validation.messages.js';
import { Convening, ConveningCohort } from '../convenings/convening.entity.js';
import { enumValue, type Message, type Param } from '../i18n/messages.js';
import { Membership } from '../rosters/membership.entity.js';
import { PARTIAL_READ, type ScopedData } from '../scope/scoped-data.js';
import { nest } from '../scope/where.js';
import { Facilitation, Team } from '../teams/team.entity.js';
import { Appropriation } from './appropriation.entity.js';
import type {
  ApproveReimbursementsInput,
  CreateStipendInput,
  PayInput,
  RejectReimbursementInput,
  SubmitReimbursementInput,
  UpdateStipendInput,
} from './funding.inputs.js';
import { FundingSummary } from './funding.inputs.js';
import { fundingMessages as m } from './funding.messages.js';
import { Reimbursement } from './reimbursement.entity.js';
import { Stipend } from './stipend.entity.js';

// --- stipends --------------------------------------------------------------------------------

export async function createStipend(data: ScopedData, input: CreateStipendInput): Promise<Stipend> {
  return data.transaction(async (tx) => {
    const team = await tx.reference(Team, input.teamId, 'input.teamId');
    const cohort = await team.cohort.loadOrFail();
    const amount = input.amount ?? cohort.stipendPerTeamPerYear;
    if (!amount) {
      throw InvalidInputError.field('input.amount', m.amountRequired({ cohort: cohort.name }));
    }
    const stipend = tx.em.create(Stipend, {
      team: ref(team),
      programYear: input.programYear,
      amount,
      dueOn: input.dueOn ?? null,
    });
    await saveStipend(tx, stipend, team);
    return stipend;
  });
}

export async function updateStipend(
  data: ScopedData,
  id: string,
  version: number,
  input: UpdateStipendInput,
): Promise<Stipend> {
  return data.transaction(async (tx) => {
    const stipend = await tx.forWrite(Stipend, id, version);
    assertPlanned(stipend, m.changeStipend);
    for (const key of ['programYear', 'amount'] as const) {
      if (input[key] === null) {
        throw InvalidInputError.field(`input.${key}`, validationMessages.notNullKeep());
      }
    }
    if (input.programYear !== undefined) stipend.programYear = input.programYear;
    if (input.amount !== undefined) stipend.amount = input.amount;
    if (input.dueOn !== undefined) stipend.dueOn = input.dueOn;
    await saveStipend(tx, stipend, await stipend.team.loadOrFail());
    return stipend;
  });
}

export async function deleteStipend(data: ScopedData, id: string): Promise<string> {
  return data.transaction(async (tx) => {
    const stipend = await tx.forWrite(Stipend, id);
    assertPlanned(stipend, m.deleteStipend);
    tx.em.remove(stipend);
    await tx.em.flush();
    return id;
  });
}

export async function approveStipend(
  data: ScopedData,
  id: string,
  version: number,
): Promise<Stipend> {
  return data.transaction(async (tx) => {
    const stipend = await tx.forWrite(Stipend, id, version);
    moveStipend(stipend, StipendStatus.APPROVED, m.approveStipend);
    stipend.approvedAt = new Date();
    await tx.em.flush();
    return stipend;
  });
}

export async function payStipend(
  data: ScopedData,
  id: string,
  version: number,
  input: PayInput,
): Promise<Stipend> {
  return data.transaction(async (tx) => {
    const stipend = await tx.forWrite(Stipend, id, version);
    moveStipend(stipend, StipendStatus.PAID, m.payStipend);
    checkPaidOn(input.paidOn, stipend.approvedAt);
    stipend.paidOn = input.paidOn;
    await tx.em.flush();
    return stipend;
  });
}

function assertPlanned(stipend: Stipend, refusal: (params: { status: Param }) => Message): void {
  if (stipend.status !== StipendStatus.PLANNED) {
    throw InvalidInputError.field(
      'status',
      refusal({ status: enumValue('StipendStatus', stipend.status) }),
    );
  }
}

/** One step forward on the schedule (domain funding.ts), or BAD_USER_INPUT naming `status`. */
function moveStipend(stipend: Stipend, to: StipendStatus, refusal: TransitionRefusal): void {
  assertTransition('StipendStatus', STIPEND_TRANSITIONS, stipend.status, to, refusal);
  stipend.status = to;
}

async function saveStipend(tx: ScopedData, stipend: Stipend, team: Team): Promise<void> {
  const problems: FieldProblem[] = [];
  const problem = (path: string, message: Message) =>
    problems.push({ path: `input.${path}`, message });
  if (compareMoney(stipend.amount, '0') <= 0) {
    problem('amount', validationMessages.moreThanZero());
  }
  if (!isProgramYear(stipend.programYear)) {
    problem('programYear', validationMessages.programYear({ example: '2022-23' }));
  } else {
    const joined = programYearOf(team.joinedOn);
    const ends = team.commitmentEndsOn ? programYearOf(team.commitmentEndsOn) : null;
    if (compareProgramYears(stipend.programYear, joined) < 0) {
      problem('programYear', m.beforeTeamJoined({ year: joined }));
    } else if (ends && compareProgramYears(stipend.programYear, ends) > 0) {
      problem('programYear', m.afterCommitmentEnds({ year: ends }));
    } else {
      // One stipend per team and year (also a unique constraint); said here with the year.
      const same = await tx.em.count(Stipend, {
        team: team.id,
        programYear: stipend.programYear,
        id: { $ne: stipend.id },
      });
      if (same > 0) {
        problem(
          'programYear',
          m.stipendForYearExists({ team: team.name, year: stipend.programYear }),
        );
      }
    }
  }
  if (problems.length) throw new InvalidInputError(problems);
  await tx.assertWritable(Stipend, stipend);
  await tx.em.flush();
}

// --- reimbursements --------------------------------------------------------------------------

export async function submitReimbursement(
  data: ScopedData,
  input: SubmitReimbursementInput,
): Promise<Reimbursement> {
  return data.transaction(async (tx) => {
    const membership = await tx.reference(Membership, input.membershipId, 'input.membershipId');
    const convening = await tx.reference(Convening, input.conveningId, 'input.conveningId');
    const problems: FieldProblem[] = [];
    if (compareMoney(input.amount, '0') <= 0) {
      problems.push({ path: 'input.amount', message: validationMessages.moreThanZero() });
    }
    if (!input.description.trim()) {
      problems.push({ path: 'input.description', message: validationMessages.notBlank() });
    }
    problems.push(...(await travelProblems(tx, membership, convening)));
    if (problems.length) throw new InvalidInputError(problems);

    const reimbursement = tx.em.create(Reimbursement, {
      membership: ref(membership),
      convening: ref(convening),
      category: input.category,
      amount: input.amount,
      description: input.description.trim(),
    });
    await tx.assertWritable(Reimbursement, reimbursement);
    await tx.em.flush();
    return reimbursement;
  });
}

/**
 * A claim is for a convening the member's team attends (one of its cohorts, or one the team
 * facilitates), on a day the member was on the team.
 */
async function travelProblems(
  tx: ScopedData,
  membership: Membership,
  convening: Convening,
): Promise<FieldProblem[]> {
  const team = await membership.team.loadOrFail();
  const cohortIds = (await tx.em.find(ConveningCohort, { convening: convening.id })).map(
    (link) => link.cohort.id,
  );
  const facilitated = await tx.em.count(Facilitation, {
    team: team.id,
    cohort: { $in: cohortIds },
  });
  const problems: FieldProblem[] = [];
  if (!cohortIds.includes(team.cohort.id) && facilitated === 0) {
    const cohort = await team.cohort.loadOrFail();
    problems.push({
      path: 'input.conveningId',
      message: m.notConveningOfTeam({ team: team.name, cohort: cohort.name }),
    });
  }
  const day = todayInPacific(convening.startsAt);
  if (membership.startedOn > day || (membership.endedOn && membership.endedOn <= day)) {
    problems.push({
      path: 'input.membershipId',
      message: m.notOnTeamThatDay({ day }),
    });
  }
  return problems;
}

export async function approveReimbursement(
  data: ScopedData,
  id: string,
  version: number,
): Promise<Reimbursement> {
  return data.transaction((tx) => approveOneReimbursement(tx, id, version));
}

/** Approves several claims in one transaction, each as approveReimbursement would: all or none. */
export async function approveReimbursements(
  data: ScopedData,
  input: ApproveReimbursementsInput,
): Promise<Reimbursement[]> {
  return data.transaction((tx) =>
    eachRecord(input.reimbursements, 'input.reimbursements', ({ id, version }) =>
      approveOneReimbursement(tx, id, version),
    ),
  );
}

async function approveOneReimbursement(
  tx: ScopedData,
  id: string,
  version: number,
): Promise<Reimbursement> {
  const reimbursement = await tx.forWrite(Reimbursement, id, version);
  moveReimbursement(reimbursement, ReimbursementStatus.APPROVED, m.approveReimbursement);
  reimbursement.decidedAt = new Date();
  await tx.em.flush();
  return reimbursement;
}

export async function rejectReimbursement(
  data: ScopedData,
  id: string,
  version: number,
  input: RejectReimbursementInput,
): Promise<Reimbursement> {
  return data.transaction(async (tx) => {
    const reimbursement = await tx.forWrite(Reimbursement, id, version);
    moveReimbursement(reimbursement, ReimbursementStatus.REJECTED, m.rejectReimbursement);
    if (!input.reason.trim()) {
      throw InvalidInputError.field('input.reason', validationMessages.notBlank());
    }
    reimbursement.rejectionReason = input.reason.trim();
    reimbursement.decidedAt = new Date();
    await tx.em.flush();
    return reimbursement;
  });
}

export async function payReimbursement(
  data: ScopedData,
  id: string,
  version: number,
  input: PayInput,
): Promise<Reimbursement> {
  return data.transaction(async (tx) => {
    const reimbursement = await tx.forWrite(Reimbursement, id, version);
    moveReimbursement(reimbursement, ReimbursementStatus.PAID, m.payReimbursement);
    checkPaidOn(input.paidOn, reimbursement.decidedAt);
    reimbursement.paidOn = input.paidOn;
    await tx.em.flush();
    return reimbursement;
  });
}

function moveReimbursement(
  reimbursement: Reimbursement,
  to: ReimbursementStatus,
  refusal: TransitionRefusal,
): void {
  assertTransition(
    'ReimbursementStatus',
    REIMBURSEMENT_TRANSITIONS,
    reimbursement.status,
    to,
    refusal,
  );
  reimbursement.status = to;
}

/** A payment is recorded once made: not in the future, not before it was approved. */
function checkPaidOn(paidOn: string, approvedAt: Date | null | undefined): void {
  const today = todayInPacific();
  if (paidOn > today) {
    throw InvalidInputError.field('input.paidOn', validationMessages.notAfterToday({ today }));
  }
  const approvedOn = approvedAt ? todayInPacific(approvedAt) : null;
  if (approvedOn && paidOn < approvedOn) {
    throw InvalidInputError.field('input.paidOn', m.paidBeforeApproval({ day: approvedOn }));
  }
}

// --- totals ----------------------------------------------------------------------------------

/**
 * Totals by status of a cohort and program year (either may be absent), against the
 * appropriation of the cohort's phase. Sums are numeric in SQL, read as exact strings; the
 * scope filter applies to every query (the caller is CEI staff, who see every row).
 */
export async function fundingSummary(
  data: ScopedData,
  cohortId: string | null | undefined,
  programYear: string | null | undefined,
): Promise<FundingSummary> {
  if (programYear != null && !isProgramYear(programYear)) {
    throw InvalidInputError.field(
      'programYear',
      validationMessages.programYear({ example: '2022-23' }),
    );
  }
  const cohort = cohortId ? await data.reference(Cohort, cohortId, 'cohortId') : null;
  const phase = cohort ? { phase: cohort.phase } : {};
  const appropriations = await data.em.find(Appropriation, phase);

  const ofCohort = (path: string) => (cohort ? nest(path, { cohort: cohort.id }) : {});
  const stipends = await totalsByStatus<StipendStatus>(data, Stipend, {
    ...ofCohort('team'),
    ...(programYear ? { programYear } : {}),
  });
  const reimbursements = await totalsByStatus<ReimbursementStatus>(data, Reimbursement, {
    ...ofCohort('membership.team'),
    ...(programYear ? await inProgramYear(data, programYear) : {}),
  });
  // What is left of the appropriation counts everything committed against it.
  const ofPhase = (path: string) => (cohort ? nest(path, { cohort: phase }) : {});
  const whole =
    cohort || programYear
      ? committedFunding(
          await totalsByStatus<StipendStatus>(data, Stipend, ofPhase('team')),
          await totalsByStatus<ReimbursementStatus>(
            data,
            Reimbursement,
            ofPhase('membership.team'),
          ),
        )
      : committedFunding(stipends, reimbursements);

  const appropriation = sumMoney(appropriations.map((each) => each.amount));
  return Object.assign(new FundingSummary(), {
    cohortId: cohort?.id ?? null,
    programYear: programYear ?? null,
    appropriation,
    stipendsPlanned: stipends.PLANNED ?? '0.00',
    stipendsApproved: stipends.APPROVED ?? '0.00',
    stipendsPaid: stipends.PAID ?? '0.00',
    reimbursementsSubmitted: reimbursements.SUBMITTED ?? '0.00',
    reimbursementsApproved: reimbursements.APPROVED ?? '0.00',
    reimbursementsPaid: reimbursements.PAID ?? '0.00',
    committed: committedFunding(stipends, reimbursements),
    remaining: remainingFunding(appropriation, whole),
  });
}

/**
 * A claim belongs to its convening's program year; one without a convening to the program year
 * it was submitted in (Pacific time).
 */
async function inProgramYear(data: ScopedData, programYear: string): Promise<object> {
  const convenings = await data.em.find(
    Convening,
    { programYear },
    { ...PARTIAL_READ, fields: ['id'] },
  );
  const start = pacificToInstant(programYearBounds(programYear).start, '00:00');
  const end = pacificToInstant(programYearBounds(nextProgramYear(programYear)).start, '00:00');
  return {
    $or: [
      { convening: { $in: convenings.map((convening) => convening.id) } },
      { convening: null, submittedAt: { $gte: start, $lt: end } },
    ],
  };
}

async function totalsByStatus<S extends string>(
  data: ScopedData,
  entity: EntityClass<Stipend> | EntityClass<Reimbursement>,
  where: object,
): Promise<TotalsByStatus<S>> {
  const qb = data.em
    .createQueryBuilder(entity as EntityClass<Stipend>, 'money')
    .select(['money.status', raw('sum(money.amount)::text as total')])
    .where(where as never)
    .groupBy('money.status');
  await qb.applyFilters();
  const rows: { status: S; total: string }[] = await qb.execute('all', false);
  return Object.fromEntries(
    rows.map((row) => [row.status, sumMoney([row.total])]),
  ) as TotalsByStatus<S>;
}
