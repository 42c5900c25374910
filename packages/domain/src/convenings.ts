import { todayInPacific } from './dates.js';
import { compareProgramYears, isProgramYear, programYearOf } from './programYear.js';
import { ConveningKind } from './vocabulary.js';

/**
 * The network expects eight convenings per program year (domain.md, Convenings), numbered 1..n
 * within the year.
 */
export const DEFAULT_CONVENINGS_PER_YEAR = 8;

export interface ConveningSlot {
  programYear: string;
  number: number;
  startsAt: Date;
  /** When given, only network convenings count toward the expectation. */
  kind?: ConveningKind | null;
}

export interface ProgramYearSchedule {
  programYear: string;
  scheduled: number;
  expected: number;
  /** How many more are needed to meet the expectation; 0 when met or exceeded. */
  shortfall: number;
  meetsExpectation: boolean;
}

/**
 * Whether the cohort meets its expected count, per program year, in year order. Years come from
 * the convenings themselves plus `programYears` (e.g. the years of the commitment), so a year
 * with no convening at all still shows its shortfall. Information sessions, statewide trainings
 * and coaching are not network convenings and do not count.
 */
export function conveningSchedule(
  convenings: readonly ConveningSlot[],
  options: { expectedPerYear?: number | null; programYears?: readonly string[] } = {},
): ProgramYearSchedule[] {
  const expected = options.expectedPerYear ?? DEFAULT_CONVENINGS_PER_YEAR;
  if (!Number.isInteger(expected) || expected < 0) {
    throw new RangeError(`Expected convenings per year must be a whole number ≥ 0: ${expected}`);
  }
  const scheduled = new Map<string, number>();
  for (const year of options.programYears ?? []) scheduled.set(year, 0);
  for (const convening of convenings) {
    if (!countsTowardExpectation(convening)) continue;
    scheduled.set(convening.programYear, (scheduled.get(convening.programYear) ?? 0) + 1);
  }
  return [...scheduled.keys()].sort(compareProgramYears).map((programYear) => {
    const count = scheduled.get(programYear) ?? 0;
    const shortfall = Math.max(0, expected - count);
    return {
      programYear,
      scheduled: count,
      expected,
      shortfall,
      meetsExpectation: shortfall === 0,
    };
  });
}

function countsTowardExpectation(convening: Pick<ConveningSlot, 'kind'>): boolean {
  return convening.kind == null || convening.kind === ConveningKind.NETWORK_CONVENING;
}

export const ConveningIssueCode = {
  /** Not a program year written like `2019-20`. */
  INVALID_PROGRAM_YEAR: 'INVALID_PROGRAM_YEAR',
  /** A number that is not a whole number from 1 up. */
  INVALID_NUMBER: 'INVALID_NUMBER',
  /** Two convenings of one year share a number. */
  DUPLICATE_NUMBER: 'DUPLICATE_NUMBER',
  /** A number below the year's highest that no convening has. */
  MISSING_NUMBER: 'MISSING_NUMBER',
  /** The start time falls, in Pacific time, in another program year. */
  OUTSIDE_PROGRAM_YEAR: 'OUTSIDE_PROGRAM_YEAR',
} as const;
export type ConveningIssueCode = (typeof ConveningIssueCode)[keyof typeof ConveningIssueCode];

export interface ConveningIssue {
  code: ConveningIssueCode;
  programYear: string;
  number: number;
  /** Positions in the input of the convenings concerned (none for a missing number). */
  indexes: number[];
}

/**
 * Problems with a cohort's numbering: within each program year the numbers are unique and run
 * 1..n without gaps, and each convening starts (in Pacific time) inside its program year.
 * Empty when all is well. Only network convenings are numbered, so pass only those when other
 * kinds share the list.
 */
export function conveningNumberingIssues(convenings: readonly ConveningSlot[]): ConveningIssue[] {
  const issues: ConveningIssue[] = [];
  const indexesByYear = new Map<string, Map<number, number[]>>();
  convenings.forEach((convening, index) => {
    const { programYear, number } = convening;
    if (!isProgramYear(programYear)) {
      issues.push({
        code: ConveningIssueCode.INVALID_PROGRAM_YEAR,
        programYear,
        number,
        indexes: [index],
      });
      return;
    }
    if (programYearOf(todayInPacific(convening.startsAt)) !== programYear) {
      issues.push({
        code: ConveningIssueCode.OUTSIDE_PROGRAM_YEAR,
        programYear,
        number,
        indexes: [index],
      });
    }
    if (!Number.isInteger(number) || number < 1) {
      issues.push({
        code: ConveningIssueCode.INVALID_NUMBER,
        programYear,
        number,
        indexes: [index],
      });
      return;
    }
    const byNumber = indexesByYear.get(programYear) ?? new Map<number, number[]>();
    indexesByYear.set(programYear, byNumber);
    byNumber.set(number, [...(byNumber.get(number) ?? []), index]);
  });
  for (const [programYear, byNumber] of indexesByYear) {
    for (const [number, indexes] of byNumber) {
      if (indexes.length > 1) {
        issues.push({ code: ConveningIssueCode.DUPLICATE_NUMBER, programYear, number, indexes });
      }
    }
    const highest = Math.max(...byNumber.keys());
    for (let number = 1; number < highest; number += 1) {
      if (!byNumber.has(number)) {
        issues.push({ code: ConveningIssueCode.MISSING_NUMBER, programYear, number, indexes: [] });
      }
    }
  }
  return issues;
}

/** The number the next convening of a program year should take: one past the highest so far. */
export function nextConveningNumber(
  convenings: readonly Pick<ConveningSlot, 'programYear' | 'number'>[],
  programYear: string,
): number {
  const numbers = convenings.filter((c) => c.programYear === programYear).map((c) => c.number);
  return Math.max(0, ...numbers) + 1;
}
