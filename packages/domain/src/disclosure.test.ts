import { describe, expect, it } from 'vitest';
import { MINIMUM_DISCLOSED_COUNT, suppressSmallCount } from './disclosure.js';

describe('small-cell suppression', () => {
  it.each([
    [0, null],
    [1, null],
    [4, null],
    [5, 5],
    [120, 120],
  ])('shows a count of %i as %s', (count, shown) => {
    expect(suppressSmallCount(count)).toBe(shown);
  });

  it('withholds fewer than five by default', () => {
    expect(MINIMUM_DISCLOSED_COUNT).toBe(5);
    expect(suppressSmallCount(9, 10)).toBeNull();
  });
});
