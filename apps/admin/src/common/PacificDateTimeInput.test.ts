import { describe, expect, it } from 'vitest';
import { fromPacificInputValue, toPacificInputValue } from './PacificDateTimeInput';

describe('instants entered in Pacific time', () => {
  const cases = [
    {
      title: 'in daylight time (UTC-7)',
      instant: '2022-06-16T16:00:00.000Z',
      shown: '2022-06-16T09:00',
    },
    {
      title: 'in standard time (UTC-8)',
      instant: '2020-01-23T17:00:00.000Z',
      shown: '2020-01-23T09:00',
    },
    {
      title: 'on the previous Pacific day late in the evening',
      instant: '2020-01-01T05:30:00.000Z',
      shown: '2019-12-31T21:30',
    },
  ];

  it.each(cases)('shows an instant $title as Pacific wall-clock time', ({ instant, shown }) => {
    expect(toPacificInputValue(instant)).toBe(shown);
  });

  it.each(cases)(
    'reads Pacific wall-clock time $title back as the instant',
    ({ instant, shown }) => {
      expect(fromPacificInputValue(shown)).toBe(instant);
    },
  );

  it('shows nothing for an empty or invalid value, and reads an empty input as null', () => {
    expect(toPacificInputValue(null)).toBe('');
    expect(toPacificInputValue('not a date')).toBe('');
    expect(fromPacificInputValue('')).toBeNull();
  });
});
