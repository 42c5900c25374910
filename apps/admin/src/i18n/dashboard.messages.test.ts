import { placeholdersOf } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { dashboardEn } from './dashboard.en';
import { dashboardEs } from './dashboard.es';

type Tree = { [key: string]: string | Tree };

/** Every message of a tree by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(path, value);
    else for (const [inner, text] of flatten(value, path)) messages.set(inner, text);
  }
  return messages;
}

const placeholders = (text: string) => placeholdersOf(text).sort();
const forms = (text: string) => text.split('||||').length;

const en = flatten(dashboardEn);
const es = flatten(dashboardEs);

describe('the dashboard messages', () => {
  it('have the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])('%s takes the same values and plural forms in both languages', (key) => {
    const english = en.get(key) as string;
    const spanish = es.get(key) as string;
    expect(spanish).not.toBe('');
    // Every form of a plural names the same values, except the count itself in the singular.
    expect(new Set(placeholders(spanish))).toEqual(new Set(placeholders(english)));
    expect(forms(spanish)).toBe(forms(english));
  });
});
