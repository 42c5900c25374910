import { compareIsoDates, formatIsoDate, requireIsoDate } from './dates.js';

/**
 * A program year is a school year, 1 July to 30 June, written `2019-20` as California schools
 * write it: the second part is the last two digits of the year it ends in (`2099-00`).
 */

const PROGRAM_YEAR = /^(\d{4})-(\d{2})$/;
// Both bounds must stay four-digit ISO years.
const FIRST_START_YEAR = 1;
const LAST_START_YEAR = 9998;

export interface ProgramYearParts {
  /** The calendar year of 1 July. */
  startYear: number;
  /** The calendar year of 30 June. */
  endYear: number;
}

/** Writes the program year that starts on 1 July of `startYear`. */
export function formatProgramYear(startYear: number): string {
  if (!Number.isInteger(startYear) || startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) {
    throw new RangeError(`No program year starts in ${startYear}`);
  }
  return `${String(startYear).padStart(4, '0')}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The program year a calendar day belongs to: 30 Jun 2020 is in 2019-20, 1 Jul 2020 in 2020-21. */
export function programYearOf(date: string): string {
  const { year, month } = requireIsoDate(date);
  return formatProgramYear(month >= 7 ? year : year - 1);
}

/** Null unless `value` is `YYYY-YY` with the second part the year after the first (`2019-20`). */
export function parseProgramYear(value: unknown): ProgramYearParts | null {
  if (typeof value !== 'string') return null;
  const match = PROGRAM_YEAR.exec(value);
  if (!match) return null;
  const startYear = Number(match[1]);
  if (startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) return null;
  if (Number(match[2]) !== (startYear + 1) % 100) return null;
  return { startYear, endYear: startYear + 1 };
}

export function isProgramYear(value: unknown): value is string {
  return parseProgramYear(value) !== null;
}

function requireProgramYear(value: string): ProgramYearParts {
  const parts = parseProgramYear(value);
  if (!parts)
    throw new RangeError(`Not a program year (such as 2019-20): ${JSON.stringify(value)}`);
  return parts;
}

/** The first and last days of a program year, both included. */
export function programYearBounds(programYear: string): { start: string; end: string } {
  const { startYear, endYear } = requireProgramYear(programYear);
  return {
    start: formatIsoDate({ year: startYear, month: 7, day: 1 }),
    end: formatIsoDate({ year: endYear, month: 6, day: 30 }),
  };
}

export function nextProgramYear(programYear: string): string {
  return formatProgramYear(requireProgramYear(programYear).startYear + 1);
}

export function previousProgramYear(programYear: string): string {
  return formatProgramYear(requireProgramYear(programYear).startYear - 1);
}

/** Negative, zero or positive, to sort program years in time order. */
export function compareProgramYears(a: string, b: string): number {
  return requireProgramYear(a).startYear - requireProgramYear(b).startYear;
}

/**
 * Every program year that a day of the span `from`..`to` falls in, in order; empty when `to` is
 * before `from`. A commitment from 2021-01-21 to 2023-06-30 spans 2020-21, 2021-22 and 2022-23.
 */
export function programYearsBetween(from: string, to: string): string[] {
  if (compareIsoDates(from, to) > 0) return [];
  const years: string[] = [];
  const last = programYearOf(to);
  for (let year = programYearOf(from); ; year = nextProgramYear(year)) {
    years.push(year);
    if (year === last) return years;
  }
}

/**
 * The program years of a team's minimum commitment: the year it joins in and the ones after, so
 * that `years` program years are covered (a team joining in January commits for that school year
 * too). The commitment ends on the last day of the last one. Selecting an application plans one
 * stipend per year of it.
 */
export function commitmentProgramYears(joinedOn: string, years: number): string[] {
  if (!Number.isInteger(years) || years < 1) {
    throw new RangeError(`A commitment is a whole number of years, at least 1: ${years}`);
  }
  const programYears = [programYearOf(joinedOn)];
  while (programYears.length < years) {
    programYears.push(nextProgramYear(programYears[programYears.length - 1] as string));
  }
  return programYears;
}
