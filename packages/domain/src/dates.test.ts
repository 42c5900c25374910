import { describe, expect, it, vi } from 'vitest';
import {
  addCalendarMonths,
  addDays,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  maxIsoDate,
  minIsoDate,
  pacificDateTimeOf,
  pacificToInstant,
  parseIsoDate,
  requireIsoDate,
  todayInPacific,
} from './dates.js';

describe('ISO dates', () => {
  it('reads the year, month and day of a calendar day', () => {
    expect(parseIsoDate('2019-08-29')).toEqual({ year: 2019, month: 8, day: 29 });
    expect(isIsoDate('2020-02-29')).toBe(true);
  });

  it.each([
    ['a day that does not exist', '2021-02-29'],
    ['a thirty-first in a thirty-day month', '2021-04-31'],
    ['month 13', '2021-13-01'],
    ['month 0', '2021-00-10'],
    ['day 0', '2021-01-00'],
    ['year 0', '0000-01-01'],
    ['unpadded parts', '2021-1-1'],
    ['surrounding spaces', ' 2021-01-01'],
    ['a date-time', '2021-01-01T00:00:00Z'],
    ['slashes', '2021/01/01'],
    ['an empty string', ''],
    ['a number', 20210101],
    ['null', null],
  ])('rejects %s', (_, value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(parseIsoDate(value)).toBeNull();
  });

  it('throws a RangeError where a computation is given a malformed date', () => {
    expect(() => requireIsoDate('2021-02-29')).toThrow(RangeError);
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });

  it('writes parts back with zero padding', () => {
    expect(formatIsoDate({ year: 999, month: 3, day: 7 })).toBe('0999-03-07');
  });

  it.each([
    { year: 2021, month: 2, day: 29 },
    { year: 10_000, month: 1, day: 1 },
    { year: 2021.5, month: 1, day: 1 },
  ])('refuses to write $year-$month-$day', (parts) => {
    expect(() => formatIsoDate(parts)).toThrow(RangeError);
  });

  it('knows the length of every month, leap years included', () => {
    expect([2019, 2020, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it('orders dates for sorting and picks the earlier and the later', () => {
    const dates = ['2020-01-10', '2019-12-31', '2020-01-09'];
    expect([...dates].sort(compareIsoDates)).toEqual(['2019-12-31', '2020-01-09', '2020-01-10']);
    expect(compareIsoDates('2020-01-01', '2020-01-01')).toBe(0);
    expect(minIsoDate('2020-01-10', '2019-12-31')).toBe('2019-12-31');
    expect(maxIsoDate('2020-01-10', '2019-12-31')).toBe('2020-01-10');
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2021-03-31', 1, '2021-04-30'],
    ['2021-12-31', 1, '2022-01-31'],
    ['2021-08-15', 1, '2021-09-15'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2021-11-30', 3, '2022-02-28'],
    ['2021-03-31', -1, '2021-02-28'],
    ['2021-01-15', -1, '2020-12-15'],
    ['2021-05-31', -15, '2020-02-29'],
    ['2021-05-31', 0, '2021-05-31'],
  ])('moves %s by %i months to %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('refuses a fraction of a month', () => {
    expect(() => addCalendarMonths('2021-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-02-29', 1, '2020-03-01'],
    ['2019-02-28', 1, '2019-03-01'],
    ['2019-12-31', 1, '2020-01-01'],
    ['2020-01-01', -1, '2019-12-31'],
    ['2019-08-29', 365, '2020-08-28'],
    ['1970-01-01', -1, '1969-12-31'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('agrees with the UTC calendar on every day of several years', () => {
    const start = Date.UTC(1999, 0, 1);
    for (let n = 0; n < 366 * 6; n += 1) {
      const expected = new Date(start + n * 86_400_000).toISOString().slice(0, 10);
      expect(addDays('1999-01-01', n)).toBe(expected);
    }
  });
});

describe('Pacific time', () => {
  it.each([
    ['2022-06-16T06:59:59Z', '2022-06-15'],
    ['2022-06-16T07:00:00Z', '2022-06-16'],
    ['2022-01-10T07:59:59Z', '2022-01-09'],
    ['2022-01-10T08:00:00Z', '2022-01-10'],
    ['2023-01-01T07:59:59.999Z', '2022-12-31'],
  ])('the instant %s falls on %s in California', (instant, date) => {
    expect(todayInPacific(new Date(instant))).toBe(date);
  });

  it('does not depend on the time zone of the machine', () => {
    try {
      vi.stubEnv('TZ', 'Asia/Tokyo');
      expect(new Date('2022-06-16T06:00:00Z').getHours()).toBe(15);
      expect(todayInPacific(new Date('2022-06-16T06:00:00Z'))).toBe('2022-06-15');
      expect(addCalendarMonths('2022-01-31', 1)).toBe('2022-02-28');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([
    ['daylight time', '2022-06-16', '09:00', '2022-06-16T16:00:00.000Z'],
    ['standard time', '2022-01-10', '09:00', '2022-01-10T17:00:00.000Z'],
    ['seconds', '2022-01-10', '09:00:30', '2022-01-10T17:00:30.000Z'],
    ['midnight', '2022-06-16', '00:00', '2022-06-16T07:00:00.000Z'],
    ['late evening, next day in UTC', '2022-12-31', '23:30', '2023-01-01T07:30:00.000Z'],
    ['the minute before clocks spring forward', '2022-03-13', '01:59', '2022-03-13T09:59:00.000Z'],
    ['an hour skipped in March, moved forward', '2022-03-13', '02:30', '2022-03-13T10:30:00.000Z'],
    ['the first minute of daylight time', '2022-03-13', '03:00', '2022-03-13T10:00:00.000Z'],
    [
      'an hour repeated in November, the first time',
      '2022-11-06',
      '01:30',
      '2022-11-06T08:30:00.000Z',
    ],
    ['the first minute after clocks fall back', '2022-11-06', '02:00', '2022-11-06T10:00:00.000Z'],
  ])('converts a wall-clock time in %s to its instant', (_, date, time, instant) => {
    expect(pacificToInstant(date, time).toISOString()).toBe(instant);
  });

  it.each([['24:00'], ['9:00'], ['09:60'], ['09:00:60'], ['9 a.m.'], ['']])(
    'refuses the wall-clock time %j',
    (time) => {
      expect(() => pacificToInstant('2022-06-16', time)).toThrow(RangeError);
    },
  );

  it('gives back the Pacific day and time of an instant', () => {
    const instant = pacificToInstant('2019-08-29', '09:00');
    expect(pacificDateTimeOf(instant)).toEqual({ date: '2019-08-29', time: '09:00' });
  });

  it('refuses an invalid Date', () => {
    expect(() => todayInPacific(new Date(Number.NaN))).toThrow(RangeError);
  });
});
