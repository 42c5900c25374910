import { describe, expect, it } from 'vitest';
import {
  commitmentProgramYears,
  compareProgramYears,
  formatProgramYear,
  isProgramYear,
  nextProgramYear,
  parseProgramYear,
  previousProgramYear,
  programYearBounds,
  programYearOf,
  programYearsBetween,
} from './programYear.js';

describe('programYearOf', () => {
  it.each([
    ['2020-06-30', '2019-20'],
    ['2020-07-01', '2020-21'],
    ['2019-08-29', '2019-20'],
    ['2020-01-01', '2019-20'],
    ['2019-12-31', '2019-20'],
    ['2099-07-01', '2099-00'],
    ['2100-06-30', '2099-00'],
    ['2000-03-01', '1999-00'],
  ])('puts %s in %s', (date, year) => {
    expect(programYearOf(date)).toBe(year);
  });

  it('refuses a malformed date', () => {
    expect(() => programYearOf('2020-02-30')).toThrow(RangeError);
  });
});

describe('parseProgramYear', () => {
  it('reads both calendar years', () => {
    expect(parseProgramYear('2019-20')).toEqual({ startYear: 2019, endYear: 2020 });
    expect(parseProgramYear('2099-00')).toEqual({ startYear: 2099, endYear: 2100 });
    expect(isProgramYear('2026-27')).toBe(true);
  });

  it.each([
    ['a second part that does not follow', '2019-21'],
    ['the same year twice', '2019-19'],
    ['a backward year', '2020-19'],
    ['a full second year', '2019-2020'],
    ['a short first year', '19-20'],
    ['a slash', '2019/20'],
    ['year 0', '0000-01'],
    ['the last four-digit year', '9999-00'],
    ['an empty string', ''],
    ['a number', 2019],
    ['null', null],
  ])('rejects %s', (_, value) => {
    expect(parseProgramYear(value)).toBeNull();
    expect(isProgramYear(value)).toBe(false);
  });
});

describe('program year arithmetic', () => {
  it('runs from 1 July to 30 June', () => {
    expect(programYearBounds('2019-20')).toEqual({ start: '2019-07-01', end: '2020-06-30' });
    expect(programYearBounds('2099-00')).toEqual({ start: '2099-07-01', end: '2100-06-30' });
  });

  it('steps to the next and the previous year across a century', () => {
    expect(nextProgramYear('2019-20')).toBe('2020-21');
    expect(nextProgramYear('2098-99')).toBe('2099-00');
    expect(nextProgramYear('2099-00')).toBe('2100-01');
    expect(previousProgramYear('2100-01')).toBe('2099-00');
  });

  it('sorts program years in time order', () => {
    expect(['2100-01', '2019-20', '2099-00'].sort(compareProgramYears)).toEqual([
      '2019-20',
      '2099-00',
      '2100-01',
    ]);
  });

  it.each([
    ['bounds', () => programYearBounds('2019-21')],
    ['next', () => nextProgramYear('2019')],
    ['compare', () => compareProgramYears('2019-20', 'x')],
    ['format', () => formatProgramYear(9999)],
  ])('%s refuses a malformed program year', (_, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('programYearsBetween', () => {
  it.each([
    ['2021-01-21', '2023-06-30', ['2020-21', '2021-22', '2022-23']],
    ['2019-08-29', '2020-05-13', ['2019-20']],
    ['2020-06-30', '2020-07-01', ['2019-20', '2020-21']],
    ['2020-07-01', '2020-07-01', ['2020-21']],
    ['2020-07-02', '2020-07-01', []],
  ])('lists the years from %s to %s', (from, to, years) => {
    expect(programYearsBetween(from, to)).toEqual(years);
  });
});

describe('commitmentProgramYears', () => {
  it('starts with the program year of joining', () => {
    expect(commitmentProgramYears('2022-08-15', 2)).toEqual(['2022-23', '2023-24']);
  });

  it('counts a January start as the first year, as Cohort II did', () => {
    expect(commitmentProgramYears('2021-01-21', 3)).toEqual(['2020-21', '2021-22', '2022-23']);
  });

  it('puts 30 June in the year that ends and 1 July in the next', () => {
    expect(commitmentProgramYears('2023-06-30', 1)).toEqual(['2022-23']);
    expect(commitmentProgramYears('2023-07-01', 1)).toEqual(['2023-24']);
  });

  it('refuses a commitment of no or part years', () => {
    expect(() => commitmentProgramYears('2022-08-15', 0)).toThrow(RangeError);
    expect(() => commitmentProgramYears('2022-08-15', 1.5)).toThrow(RangeError);
  });
});
