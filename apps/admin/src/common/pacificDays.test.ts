import { describe, expect, it } from 'vitest';
import { endOfPacificDay, pacificDayOf, startOfPacificDay } from './pacificDays';

describe('a Pacific calendar day as a range of instants', () => {
  it('starts at Pacific midnight, daylight saving time or not', () => {
    expect(startOfPacificDay('2025-07-01')).toBe('2025-07-01T07:00:00.000Z');
    expect(startOfPacificDay('2025-01-15')).toBe('2025-01-15T08:00:00.000Z');
  });

  it('ends at its last millisecond, so a range to that day includes all of it', () => {
    expect(endOfPacificDay('2025-06-30')).toBe('2025-07-01T06:59:59.999Z');
  });

  it('reads back as the same day in the date input', () => {
    expect(pacificDayOf(startOfPacificDay('2025-03-09'))).toBe('2025-03-09');
    expect(pacificDayOf(endOfPacificDay('2025-03-09'))).toBe('2025-03-09');
    expect(pacificDayOf(null)).toBe('');
  });

  it('is no bound at all for what is not a day', () => {
    expect(startOfPacificDay('')).toBeNull();
    expect(endOfPacificDay('30/06/2025')).toBeNull();
  });
});
