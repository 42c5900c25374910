import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholdersOf } from './placeholders.js';

describe('placeholders', () => {
  it('names the parameters of a text, in order', () => {
    expect(placeholdersOf('{smart_count} teams in {county}')).toEqual(['smart_count', 'county']);
    expect(placeholdersOf('no parameter')).toEqual([]);
  });

  it('fills those given and leaves the others as written', () => {
    expect(fillPlaceholders('Hello {name}, {missing}', { name: 'Ana' })).toBe(
      'Hello Ana, {missing}',
    );
  });
});
