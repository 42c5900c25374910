import { addDays, pacificDateTimeOf, pacificToInstant } from '@cei/domain';

/**
 * Calendar days in Pacific time as the instants that bound them, for date-range filters on
 * instants (the audit log's "from" and "to"): a day is the program's, whatever the browser's zone.
 */
export function startOfPacificDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return pacificToInstant(day, '00:00').toISOString();
}

/** The last millisecond of the day, so that "to 30 June" includes all of 30 June. */
export function endOfPacificDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return new Date(pacificToInstant(addDays(day, 1), '00:00').getTime() - 1).toISOString();
}

/** The Pacific calendar day of an instant, as a date input shows it; '' for none. */
export function pacificDayOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = new Date(String(value));
  if (Number.isNaN(instant.getTime())) return '';
  return pacificDateTimeOf(instant).date;
}
