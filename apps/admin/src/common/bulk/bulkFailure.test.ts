import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { describeBulkFailure } from './bulkFailure';

const rows = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Ana Peña, Azusa' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Ben Ortiz, Azusa' },
];
const translate = (key: string, options: Record<string, unknown> = {}) =>
  key === 'cei.lists.bulk.failedRow'
    ? `Row ${options.row} (${options.name}): ${options.message}`
    : key;

describe('a refused bulk step, told to the user', () => {
  it('names the row of each field problem the server located in the list sent', () => {
    const error = new HttpError('Invalid input', 400, {
      fields: [
        { path: 'input.memberships.1.endedOn', message: 'must be after startedOn (2024-02-01)' },
      ],
    });
    expect(describeBulkFailure(error, 'memberships', rows, translate)).toBe(
      'Row 2 (Ben Ortiz, Azusa): must be after startedOn (2024-02-01)',
    );
  });

  it('names the row of a refusal that names the record’s id', () => {
    const error = new HttpError(
      `Membership 0 (${rows[0]?.id}): You are not allowed to do this.`,
      403,
      {},
    );
    expect(describeBulkFailure(error, 'memberships', rows, translate)).toBe(
      'Row 1 (Ana Peña, Azusa): You are not allowed to do this.',
    );
  });

  it('names the row whose id a conflict mentions', () => {
    const error = new HttpError(
      `Reimbursement ${rows[1]?.id} was changed by someone else (version 3, you sent 2).`,
      409,
      {},
    );
    expect(describeBulkFailure(error, 'reimbursements', rows, translate)).toMatch(
      /^Row 2 \(Ben Ortiz, Azusa\): Reimbursement 2222.* was changed by someone else/,
    );
  });

  it('leaves any other failure as the server said it', () => {
    const problem = new HttpError('Invalid input: input.endNote too long', 400, {
      fields: [{ path: 'input.endNote', message: 'too long' }],
    });
    expect(describeBulkFailure(problem, 'memberships', rows, translate)).toBe(
      'Invalid input: input.endNote too long',
    );
    expect(describeBulkFailure(new Error('offline'), 'memberships', rows, translate)).toBe(
      'offline',
    );
  });
});
