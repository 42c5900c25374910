import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../layout/contrast';
import { SERIES_COLOURS, seriesColour, wrapLabel, yAxisMin } from './chartStyle';

describe('chart series colours', () => {
  it('differ from one series to the next, and the first two are not both blue', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
    expect(seriesColour(0)).not.toBe(seriesColour(1));
    expect(seriesColour(SERIES_COLOURS.length)).toBe(seriesColour(0));
  });

  it('each reach 3:1 on white, as graphics must', () => {
    for (const colour of SERIES_COLOURS)
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });
});

describe('a chart’s y-axis', () => {
  it('starts at zero for counts and rates, wherever the values are', () => {
    expect(yAxisMin([41, 44, null, 47])).toBe(0);
    expect(yAxisMin([0.62, 0.7], 0.5)).toBe(0.5);
    expect(yAxisMin([-3, 4])).toBeUndefined();
  });
});

describe('a category’s name on an axis', () => {
  it('is wrapped whole at word boundaries, never cut', () => {
    expect(wrapLabel('Families attending school site council meetings', 24)).toBe(
      'Families attending\nschool site council\nmeetings',
    );
    expect(wrapLabel('Short')).toBe('Short');
  });
});
