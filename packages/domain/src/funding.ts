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
  return STIPEND_TRANSITIONS[from]?.includes(to) ?? false;
}

export function canReimbursementTransition(
  from: ReimbursementStatus,
  to: ReimbursementStatus,
): boolean {
  return REIMBURSEMENT_TRANSITIONS[from]?.includes(to) ?? false;
}
