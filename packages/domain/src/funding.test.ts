import { describe, expect, it } from 'vitest';
import {
  canReimbursementTransition,
  canStipendTransition,
  committedFunding,
  REIMBURSEMENT_TRANSITIONS,
  reimbursementStatusesBefore,
  remainingFunding,
  STIPEND_TRANSITIONS,
  stipendStatusesBefore,
} from './funding.js';
import { ReimbursementStatus, StipendStatus } from './vocabulary.js';

function allPairs<S extends string>(statuses: readonly S[]): [S, S][] {
  return statuses.flatMap((from) => statuses.map((to) => [from, to] as [S, S]));
}

describe('stipend status', () => {
  const allowed = ['PLANNED>APPROVED', 'APPROVED>PAID'];
  const pairs = allPairs(Object.values(StipendStatus));

  it.each(pairs.filter(([from, to]) => allowed.includes(`${from}>${to}`)))(
    'may go from %s to %s',
    (from, to) => {
      expect(canStipendTransition(from, to)).toBe(true);
    },
  );

  it.each(pairs.filter(([from, to]) => !allowed.includes(`${from}>${to}`)))(
    'may not go from %s to %s',
    (from, to) => {
      expect(canStipendTransition(from, to)).toBe(false);
    },
  );

  it('lists the moves out of every status', () => {
    expect(Object.keys(STIPEND_TRANSITIONS).sort()).toEqual(Object.values(StipendStatus).sort());
  });
});

describe('reimbursement status', () => {
  const allowed = ['SUBMITTED>APPROVED', 'SUBMITTED>REJECTED', 'APPROVED>PAID'];
  const pairs = allPairs(Object.values(ReimbursementStatus));

  it.each(pairs.filter(([from, to]) => allowed.includes(`${from}>${to}`)))(
    'may go from %s to %s',
    (from, to) => {
      expect(canReimbursementTransition(from, to)).toBe(true);
    },
  );

  it.each(pairs.filter(([from, to]) => !allowed.includes(`${from}>${to}`)))(
    'may not go from %s to %s',
    (from, to) => {
      expect(canReimbursementTransition(from, to)).toBe(false);
    },
  );

  it('lists the moves out of every status', () => {
    expect(Object.keys(REIMBURSEMENT_TRANSITIONS).sort()).toEqual(
      Object.values(ReimbursementStatus).sort(),
    );
  });

  it('refuses a status it does not know', () => {
    expect(canReimbursementTransition('LOST' as ReimbursementStatus, 'PAID')).toBe(false);
  });
});

describe('the statuses a move starts from', () => {
  it('names PLANNED before APPROVED and APPROVED before PAID for stipends', () => {
    expect(stipendStatusesBefore('APPROVED')).toEqual(['PLANNED']);
    expect(stipendStatusesBefore('PAID')).toEqual(['APPROVED']);
    expect(stipendStatusesBefore('PLANNED')).toEqual([]);
  });

  it('names SUBMITTED before a decision and APPROVED before payment for reimbursements', () => {
    expect(reimbursementStatusesBefore('APPROVED')).toEqual(['SUBMITTED']);
    expect(reimbursementStatusesBefore('REJECTED')).toEqual(['SUBMITTED']);
    expect(reimbursementStatusesBefore('PAID')).toEqual(['APPROVED']);
  });
});

describe('funding against the appropriation', () => {
  it('commits every stipend and approved or paid claims, to the cent', () => {
    expect(
      committedFunding(
        { PLANNED: '30000.00', APPROVED: '60000.00', PAID: '0.10' },
        { SUBMITTED: '999.99', APPROVED: '84.42', PAID: '0.20', REJECTED: '189.00' },
      ),
    ).toBe('90084.72');
  });

  it('commits nothing when there is nothing', () => {
    expect(committedFunding({}, {})).toBe('0.00');
  });

  it('leaves the rest of the appropriation, exactly, and goes negative when overspent', () => {
    expect(remainingFunding('13274000.00', '90084.72')).toBe('13183915.28');
    expect(remainingFunding('100.00', '100.01')).toBe('-0.01');
  });
});
