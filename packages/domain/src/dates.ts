/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), the form the database and GraphQL `Date` use.
 *
 * Arithmetic works on year, month and day numbers, never on `Date`: a `Date` is an instant, and
 * turning it back into a calendar day depends on the time zone of whoever runs the code. The only
 * instants here are the Pacific-time conversions at the end, which go through Intl on purpose.
 */

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export const PACIFIC_TIME_ZONE = 'America/Los_Angeles';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day's numbers, or null when `value` is not a real calendar day written `YYYY-MM-DD`. */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Year 0 has no ISO calendar meaning for this domain and would break the program-year format.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

/** True for a real calendar day written `YYYY-MM-DD` (so `2021-02-29` is not one). */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/**
 * For computations, where a malformed date is the caller's bug rather than user input.
 * @throws RangeError when `value` is not a real calendar day written `YYYY-MM-DD`.
 */
export function requireIsoDate(value: string): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

/** @throws RangeError when the parts are not a real calendar day between years 1 and 9999. */
export function formatIsoDate({ year, month, day }: DateParts): string {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(year) || year > 9999 || !isIsoDate(text)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return text;
}

/** Negative when `a` is before `b`, zero when equal, positive after: fits `Array.prototype.sort`. */
export function compareIsoDates(a: string, b: string): number {
  requireIsoDate(a);
  requireIsoDate(b);
  // Zero-padded fixed-width dates order the same as strings and as days.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: string, b: string): string {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

export function maxIsoDate(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/**
 * The same day of the month `n` months later (or earlier, for negative `n`); when that month is
 * shorter, its last day: 31 Jan + 1 month is 28 Feb (29 in leap years), 31 Mar + 1 is 30 Apr.
 */
export function addCalendarMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Months must be a whole number: ${n}`);
  const { year, month, day } = requireIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return formatIsoDate({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), so
 * day arithmetic needs no `Date` and no time zone.
 */
function epochDay({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromEpochDay(days: number): DateParts {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be a whole number: ${n}`);
  return formatIsoDate(fromEpochDay(epochDay(requireIsoDate(date)) + n));
}

/** Whole days from `from` to `to`: positive when `to` is later, so `daysBetween(today, due)` counts down. */
export function daysBetween(from: string, to: string): number {
  return epochDay(requireIsoDate(to)) - epochDay(requireIsoDate(from));
}

interface WallClock extends DateParts {
  hour: number;
  minute: number;
  second: number;
}

let pacificFormat: Intl.DateTimeFormat | undefined;

function pacificWallClock(instant: Date): WallClock {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  // h23 avoids the "24:00" some ICU versions print for midnight with hour12: false.
  pacificFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PACIFIC_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const fields: Record<string, number> = {};
  for (const part of pacificFormat.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

function wallClockAsUtcMs(wall: WallClock): number {
  return epochDay(wall) * MS_PER_DAY + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000;
}

/** Pacific time minus UTC at `ms`, in milliseconds (-8 h in winter, -7 h in summer). */
function pacificOffsetMs(ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallClockAsUtcMs(pacificWallClock(new Date(wholeSecond))) - wholeSecond;
}

/** The calendar day it is in California at `now`, whatever the time zone of the machine. */
export function todayInPacific(now: Date = new Date()): string {
  return formatIsoDate(pacificWallClock(now));
}

/** The Pacific calendar day and `HH:MM` wall-clock time of an instant (for forms and emails). */
export function pacificDateTimeOf(instant: Date): { date: string; time: string } {
  const wall = pacificWallClock(instant);
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  return { date: formatIsoDate(wall), time };
}

/**
 * The instant at which Pacific clocks show `date` `time` (`HH:MM` or `HH:MM:SS`): deadlines and
 * convening times are announced that way ("16 June 2022, 9 a.m. Pacific").
 *
 * The two wall-clock times that DST makes odd resolve as Temporal's "compatible" choice does: an
 * hour that happens twice (01:30 on the November change) is the first one, in daylight time; an
 * hour that never happens (02:30 on the March change) moves forward by the gap, to 03:30 PDT.
 */
export function pacificToInstant(date: string, time: string): Date {
  const match = WALL_TIME.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  const second = Number(match?.[3] ?? 0);
  if (!match || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a wall-clock time (HH:MM or HH:MM:SS): ${JSON.stringify(time)}`);
  }
  const wallMs = wallClockAsUtcMs({ ...requireIsoDate(date), hour, minute, second });
  // Offsets a day either side bracket any single DST change, so one of them is the answer.
  const offsetBefore = pacificOffsetMs(wallMs - MS_PER_DAY);
  const offsetAfter = pacificOffsetMs(wallMs + MS_PER_DAY);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset)
    .filter((ms) => pacificOffsetMs(ms) === wallMs - ms)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallMs - offsetBefore);
}
