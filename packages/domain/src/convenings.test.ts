import { describe, expect, it } from 'vitest';
import {
  ConveningIssueCode,
  type ConveningSlot,
  conveningNumberingIssues,
  conveningSchedule,
  nextConveningNumber,
} from './convenings.js';
import { pacificToInstant } from './dates.js';
import { ConveningKind } from './vocabulary.js';

/** Cohort I, year 1 (2019-20), as domain.md lists it. */
const COHORT_ONE_YEAR_ONE = [
  '2019-08-29',
  '2019-09-26',
  '2019-10-29',
  '2019-12-10',
  '2020-01-23',
  '2020-02-27',
  '2020-04-02',
  '2020-05-13',
];

function slot(
  programYear: string,
  number: number,
  date: string,
  kind?: ConveningKind,
): ConveningSlot {
  return { programYear, number, startsAt: pacificToInstant(date, '09:00'), kind };
}

const cohortOne = COHORT_ONE_YEAR_ONE.map((date, index) => slot('2019-20', index + 1, date));

describe('conveningSchedule', () => {
  it('finds that Cohort I met the expectation of eight convenings in 2019-20', () => {
    expect(conveningSchedule(cohortOne)).toEqual([
      { programYear: '2019-20', scheduled: 8, expected: 8, shortfall: 0, meetsExpectation: true },
    ]);
  });

  it('reports the shortfall of a year with fewer convenings, and of years with none', () => {
    const schedule = conveningSchedule(cohortOne.slice(0, 5), {
      programYears: ['2020-21', '2019-20'],
    });
    expect(schedule).toEqual([
      { programYear: '2019-20', scheduled: 5, expected: 8, shortfall: 3, meetsExpectation: false },
      { programYear: '2020-21', scheduled: 0, expected: 8, shortfall: 8, meetsExpectation: false },
    ]);
  });

  it('uses the cohort’s own expected count and never reports a negative shortfall', () => {
    const [year] = conveningSchedule(cohortOne, { expectedPerYear: 6 });
    expect(year).toMatchObject({ scheduled: 8, expected: 6, shortfall: 0, meetsExpectation: true });
  });

  it('falls back to eight when the cohort has no expected count', () => {
    expect(conveningSchedule(cohortOne, { expectedPerYear: null })[0]?.expected).toBe(8);
  });

  it('counts only network convenings toward the expectation', () => {
    const schedule = conveningSchedule([
      ...cohortOne.slice(0, 7),
      slot('2019-20', 8, '2020-05-13', ConveningKind.INFORMATION_SESSION),
      slot('2019-20', 9, '2020-05-20', ConveningKind.COACHING),
    ]);
    expect(schedule[0]).toMatchObject({ scheduled: 7, shortfall: 1 });
  });

  it.each([[-1], [2.5], [Number.NaN]])('refuses an expected count of %d', (expectedPerYear) => {
    expect(() => conveningSchedule(cohortOne, { expectedPerYear })).toThrow(RangeError);
  });
});

describe('conveningNumberingIssues', () => {
  it('finds nothing wrong with Cohort I’s first year', () => {
    expect(conveningNumberingIssues(cohortOne)).toEqual([]);
  });

  it('numbers each program year on its own', () => {
    expect(
      conveningNumberingIssues([
        slot('2019-20', 1, '2019-08-29'),
        slot('2020-21', 1, '2020-08-27'),
      ]),
    ).toEqual([]);
  });

  it.each<
    [string, ConveningSlot[], { code: ConveningIssueCode; number: number; indexes: number[] }[]]
  >([
    [
      'two convenings share a number',
      [slot('2019-20', 1, '2019-08-29'), slot('2019-20', 1, '2019-09-26')],
      [{ code: ConveningIssueCode.DUPLICATE_NUMBER, number: 1, indexes: [0, 1] }],
    ],
    [
      'a number is skipped',
      [slot('2019-20', 1, '2019-08-29'), slot('2019-20', 3, '2019-09-26')],
      [{ code: ConveningIssueCode.MISSING_NUMBER, number: 2, indexes: [] }],
    ],
    [
      'numbering starts at 0',
      [slot('2019-20', 0, '2019-08-29')],
      [{ code: ConveningIssueCode.INVALID_NUMBER, number: 0, indexes: [0] }],
    ],
    [
      'a number is not whole',
      [slot('2019-20', 1.5, '2019-08-29')],
      [{ code: ConveningIssueCode.INVALID_NUMBER, number: 1.5, indexes: [0] }],
    ],
    [
      'a convening filed under 2020-21 starts on 30 June 2020, 9 p.m. Pacific (already 1 July in UTC)',
      [{ programYear: '2020-21', number: 1, startsAt: pacificToInstant('2020-06-30', '21:00') }],
      [{ code: ConveningIssueCode.OUTSIDE_PROGRAM_YEAR, number: 1, indexes: [0] }],
    ],
    [
      'the program year is malformed',
      [slot('2019-2020', 1, '2019-08-29')],
      [{ code: ConveningIssueCode.INVALID_PROGRAM_YEAR, number: 1, indexes: [0] }],
    ],
  ])('reports when %s', (_, convenings, expected) => {
    expect(conveningNumberingIssues(convenings)).toMatchObject(expected);
    expect(conveningNumberingIssues(convenings)).toHaveLength(expected.length);
  });
});

describe('nextConveningNumber', () => {
  it('takes one past the highest number of the year', () => {
    expect(nextConveningNumber(cohortOne, '2019-20')).toBe(9);
    expect(nextConveningNumber(cohortOne, '2020-21')).toBe(1);
  });
});
