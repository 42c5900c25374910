import { describe, expect, it } from 'vitest';
import {
  type AttendanceRecord,
  attendanceBy,
  attendanceRate,
  tallyAttendance,
} from './attendance.js';
import { AttendanceStatus } from './vocabulary.js';

const { PRESENT, ABSENT, EXCUSED } = AttendanceStatus;

describe('attendanceRate', () => {
  it.each([
    [{ present: 3, absent: 1 }, 0.75],
    [{ present: 8, absent: 0 }, 1],
    [{ present: 0, absent: 8 }, 0],
    [{ present: 0, absent: 0 }, null],
  ])('gives %o a rate of %s', (counts, rate) => {
    expect(attendanceRate(counts)).toBe(rate);
  });
});

describe('tallyAttendance', () => {
  it('leaves excused absences out of the rate but counts them', () => {
    const tally = tallyAttendance(
      [PRESENT, PRESENT, PRESENT, ABSENT, EXCUSED, EXCUSED].map((status) => ({ status })),
    );
    expect(tally).toEqual({ present: 3, absent: 1, excused: 2, total: 6, rate: 0.75 });
  });

  it.each([
    ['no records', []],
    ['only excused absences', [EXCUSED, EXCUSED]],
  ])('has no rate with %s', (_, statuses) => {
    expect(tallyAttendance(statuses.map((status) => ({ status }))).rate).toBeNull();
  });

  it('refuses a status it does not know', () => {
    expect(() => tallyAttendance([{ status: 'LATE' } as unknown as AttendanceRecord])).toThrow(
      RangeError,
    );
  });
});

describe('attendanceBy', () => {
  const records = [
    { status: PRESENT, personId: 'ana', teamId: 't1', date: '2019-08-29' },
    { status: ABSENT, personId: 'ana', teamId: 't1', date: '2019-09-26' },
    { status: PRESENT, personId: 'ben', teamId: 't1', date: '2019-08-29' },
    { status: EXCUSED, personId: 'ben', teamId: 't1', date: '2019-09-26' },
    { status: PRESENT, personId: 'cy', teamId: 't2', date: '2020-08-27' },
    { status: ABSENT, personId: 'dee', teamId: null, date: '2020-08-27' },
  ];

  it('tallies per value of a field, in order of first appearance', () => {
    const byTeam = attendanceBy(records, 'teamId');
    expect([...byTeam.keys()]).toEqual(['t1', 't2']);
    expect(byTeam.get('t1')).toEqual({ present: 2, absent: 1, excused: 1, total: 4, rate: 2 / 3 });
    expect(byTeam.get('t2')?.rate).toBe(1);
  });

  it('leaves out records without a key', () => {
    expect(attendanceBy(records, 'teamId').size).toBe(2);
    expect(attendanceBy(records, 'personId').get('dee')?.rate).toBe(0);
  });

  it('tallies per computed key, such as the program year', () => {
    const byYear = attendanceBy(records, (record) =>
      record.date < '2020-07-01' ? '2019-20' : '2020-21',
    );
    expect(byYear.get('2019-20')?.rate).toBe(2 / 3);
    expect(byYear.get('2020-21')?.rate).toBe(0.5);
  });

  it('gives an empty map for no records', () => {
    expect(attendanceBy([] as typeof records, 'personId').size).toBe(0);
  });
});
