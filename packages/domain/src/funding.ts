import { subtractMoney, sumMoney } from './money.js';
import { canTransition, statusesBefore } from './transitions.js';
import { ReimbursementStatus, StipendStatus } from './vocabulary.js';

/**
 * Stipends and reimbursements move one step at a time and only forward (domain.md, Funding): a
 * payment that went out cannot be un-paid in the record, and skipping approval would leave no
 * trace of who approved the money. Corrections are new records.
 */

export const STIPEND_TRANSITIONS: Readonly<Record<StipendStatus, readonly StipendStatus[]>> = {
  PLANNED: [StipendStatus.APPROVED],
  APPROVED: [StipendStatus.PAID],
  PAID: [],
};

export const REIMBURSEMENT_TRANSITIONS: Readonly<
  Record<ReimbursementStatus, readonly ReimbursementStatus[]>
> = {
  SUBMITTED: [ReimbursementStatus.APPROVED, ReimbursementStatus.REJECTED],
  APPROVED: [ReimbursementStatus.PAID],
  PAID: [],
  REJECTED: [],
};

export function canStipendTransition(from: StipendStatus, to: StipendStatus): boolean {
  return canTransition(STIPEND_TRANSITIONS, from, to);
}

export function canReimbursementTransition(
  from: ReimbursementStatus,
  to: ReimbursementStatus,
): boolean {
  return canTransition(REIMBURSEMENT_TRANSITIONS, from, to);
}

export const stipendStatusesBefore = (to: StipendStatus) => statusesBefore(STIPEND_TRANSITIONS, to);
export const reimbursementStatusesBefore = (to: ReimbursementStatus) =>
  statusesBefore(REIMBURSEMENT_TRANSITIONS, to);

/**
 * What counts against the appropriation: every stipend on the schedule (a planned stipend is
 * money set aside for a selected team), and claims once approved. A submitted claim is not yet
 * money owed, and a rejected one never is.
 */
export const COMMITTED_STIPEND_STATUSES: readonly StipendStatus[] = [
  StipendStatus.PLANNED,
  StipendStatus.APPROVED,
  StipendStatus.PAID,
];
export const COMMITTED_REIMBURSEMENT_STATUSES: readonly ReimbursementStatus[] = [
  ReimbursementStatus.APPROVED,
  ReimbursementStatus.PAID,
];

/** Sums of amounts by status, as exact decimal strings; a missing status sums to nothing. */
export type TotalsByStatus<S extends string> = Partial<Record<S, string>>;

/** The money committed against the appropriation, exactly, from totals by status. */
export function committedFunding(
  stipends: TotalsByStatus<StipendStatus>,
  reimbursements: TotalsByStatus<ReimbursementStatus>,
): string {
  return sumMoney([
    ...COMMITTED_STIPEND_STATUSES.map((status) => stipends[status] ?? '0'),
    ...COMMITTED_REIMBURSEMENT_STATUSES.map((status) => reimbursements[status] ?? '0'),
  ]);
}

/** What is left of the appropriation; negative when more was committed than appropriated. */
export function remainingFunding(appropriation: string, committed: string): string {
  return subtractMoney(appropriation, committed);
}
