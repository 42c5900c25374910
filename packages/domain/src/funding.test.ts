import { describe, expect, it } from 'vitest';
import {
  canReimbursementTransition,
  canStipendTransition,
  REIMBURSEMENT_TRANSITIONS,
  STIPEND_TRANSITIONS,
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
