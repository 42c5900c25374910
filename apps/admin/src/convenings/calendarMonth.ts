import { addDays, pacificDateTimeOf, pacificToInstant } from '@cei/domain';

/** A month as `YYYY-MM`. */
export type Month = string;

export function monthOf(day: string): Month {
  return day.slice(0, 7);
}

export function addMonths(month: Month, n: number): Month {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The days a month view shows: whole weeks, Sunday first, from the week of the 1st to the week
 * of the last day, as `YYYY-MM-DD` (days of the neighbouring months included, to be greyed).
 */
export function monthGrid(month: Month): string[][] {
  const first = `${month}-01`;
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  let day = addDays(first, -weekday);
  const next = `${addMonths(month, 1)}-01`;
  const weeks: string[][] = [];
  while (day < next) {
    const week: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The instants that bound the days of a month grid, in Pacific time: the query's range. */
export function gridRange(weeks: string[][]): { from: string; to: string } {
  const firstDay = weeks[0]?.[0] ?? '';
  const lastDay = weeks.at(-1)?.at(-1) ?? firstDay;
  return {
    from: pacificToInstant(firstDay, '00:00').toISOString(),
    to: new Date(pacificToInstant(addDays(lastDay, 1), '00:00').getTime() - 1).toISOString(),
  };
}

/** The Pacific day of an instant: the cell a convening goes in. */
export function pacificDay(instant: string): string {
  return pacificDateTimeOf(new Date(instant)).date;
}
