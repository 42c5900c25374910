import { AttendanceStatus } from './vocabulary.js';

/**
 * Attendance rates per person, team, cohort or year (domain.md, Convenings).
 *
 * rate = present / (present + absent). Excused absences are left out of both sides: a member
 * excused for a family emergency neither attended nor failed to, and counting them as absent
 * would push teams to hide the excuses that liaisons need to see. With nothing left to count the
 * rate is null ("no data"), never 0 or 1, so a team with only excused absences is not ranked.
 */

export interface AttendanceRecord {
  status: AttendanceStatus;
}

export interface AttendanceTally {
  present: number;
  absent: number;
  excused: number;
  /** Every record, excused ones included. */
  total: number;
  /** From 0 to 1; null when no one was present or absent. */
  rate: number | null;
}

export function attendanceRate(counts: { present: number; absent: number }): number | null {
  const denominator = counts.present + counts.absent;
  return denominator === 0 ? null : counts.present / denominator;
}

export function tallyAttendance(records: Iterable<AttendanceRecord>): AttendanceTally {
  const counts = { present: 0, absent: 0, excused: 0 };
  for (const { status } of records) {
    if (status === AttendanceStatus.PRESENT) counts.present += 1;
    else if (status === AttendanceStatus.ABSENT) counts.absent += 1;
    else if (status === AttendanceStatus.EXCUSED) counts.excused += 1;
    else throw new RangeError(`Not an attendance status: ${JSON.stringify(status)}`);
  }
  return {
    ...counts,
    total: counts.present + counts.absent + counts.excused,
    rate: attendanceRate(counts),
  };
}

/**
 * Tallies per key, in the order keys first appear: by a field name
 * (`attendanceBy(records, 'teamId')`) or by a function (`(r) => programYearOf(r.date)`).
 * Records whose key is null or undefined are left out (a member with no team, say), rather than
 * lumped under a key that would read as a real group.
 */
export function attendanceBy<R extends AttendanceRecord, K extends keyof R>(
  records: readonly R[],
  key: K,
): Map<NonNullable<R[K]>, AttendanceTally>;
export function attendanceBy<R extends AttendanceRecord, K>(
  records: readonly R[],
  key: (record: R) => K | null | undefined,
): Map<K, AttendanceTally>;
export function attendanceBy<R extends AttendanceRecord>(
  records: readonly R[],
  key: keyof R | ((record: R) => unknown),
): Map<unknown, AttendanceTally> {
  const keyOf = typeof key === 'function' ? key : (record: R) => record[key];
  const groups = new Map<unknown, R[]>();
  for (const record of records) {
    const group = keyOf(record);
    if (group == null) continue;
    const members = groups.get(group);
    if (members) members.push(record);
    else groups.set(group, [record]);
  }
  return new Map([...groups].map(([group, members]) => [group, tallyAttendance(members)]));
}
