import { describe, expect, it } from 'vitest';
import { addMonths, gridRange, monthGrid, pacificDay } from './calendarMonth';

describe('a month on the calendar', () => {
  it('is whole weeks from the Sunday before the 1st to the Saturday after the last day', () => {
    const weeks = monthGrid('2019-08');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2019-07-28');
    expect(weeks[0]?.[4]).toBe('2019-08-01');
    expect(weeks.at(-1)?.at(-1)).toBe('2019-08-31');
  });

  it('starts on the 1st when the 1st is a Sunday', () => {
    expect(monthGrid('2020-03')[0]?.[0]).toBe('2020-03-01');
  });

  it('moves across years', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(addMonths('2019-08', 12)).toBe('2020-08');
  });

  it('asks for the convenings of its days in Pacific time', () => {
    const { from, to } = gridRange(monthGrid('2019-08'));
    expect(from).toBe('2019-07-28T07:00:00.000Z');
    expect(to).toBe('2019-09-01T06:59:59.999Z');
  });

  it('puts an evening session on its Pacific day, not the UTC one', () => {
    expect(pacificDay('2019-08-30T02:00:00.000Z')).toBe('2019-08-29');
  });
});
