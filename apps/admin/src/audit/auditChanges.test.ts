import { describe, expect, it } from 'vitest';
import { readableChanges } from './auditChanges';

describe('an audit event’s changes, for reading', () => {
  it('lists the fields of a change with their values before and after, by name', () => {
    expect(
      readableChanges({ status: ['ACTIVE', 'WITHDRAWN'], endedOn: [null, '2025-06-30'] }),
    ).toEqual({
      kind: 'fields',
      fields: [
        { field: 'endedOn', before: '—', after: '2025-06-30' },
        { field: 'status', before: 'ACTIVE', after: 'WITHDRAWN' },
      ],
    });
  });

  it('shows lists, objects, numbers and flags as text, and a redacted secret as the server wrote it', () => {
    expect(
      readableChanges({
        memberLeaIds: [['a'], ['a', 'b']],
        number: [2, 3],
        overnightStay: [false, true],
        passwordHash: ['[redacted]', '[redacted]'],
      }),
    ).toMatchObject({
      fields: [
        { field: 'memberLeaIds', before: '["a"]', after: '["a","b"]' },
        { field: 'number', before: '2', after: '3' },
        { field: 'overnightStay', before: 'false', after: 'true' },
        { field: 'passwordHash', before: '[redacted]', after: '[redacted]' },
      ],
    });
  });

  it('names the fields of a read of protected data', () => {
    expect(readableChanges({ fields: ['familyName', 'givenName'] })).toEqual({
      kind: 'read',
      fields: ['familyName', 'givenName'],
    });
  });

  it('has nothing to show for a sign-in', () => {
    expect(readableChanges(null)).toEqual({ kind: 'none' });
    expect(readableChanges({})).toEqual({ kind: 'none' });
  });

  it('shows a shape it does not know as indented JSON', () => {
    expect(readableChanges({ note: 'manual fix' })).toEqual({
      kind: 'other',
      json: '{\n  "note": "manual fix"\n}',
    });
  });
});
