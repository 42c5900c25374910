import { describe, expect, it } from 'vitest';
import { AA_TEXT_CONTRAST, contrastRatio, over, parseColour } from './contrast';

describe('the contrast ratio', () => {
  it('is WCAG’s: 21 for black on white, 1 for a colour on itself, 4.48 for #777 on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(10, 20, 30)', '#0a141e')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT_CONTRAST);
  });

  it('reads the browser’s computed colours and lays a translucent tint over its background', () => {
    expect(parseColour('rgba(183, 28, 28, 0.04)')).toEqual({ r: 183, g: 28, b: 28, a: 0.04 });
    expect(over('rgba(0, 0, 0, 0.5)', '#ffffff')).toBe('rgb(128, 128, 128)');
    expect(over('rgb(1, 2, 3)', '#ffffff')).toBe('rgb(1, 2, 3)');
    expect(() => parseColour('red')).toThrow('Not a colour: red');
  });
});
