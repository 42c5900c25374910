import { describe, expect, it } from 'vitest';
import { en } from './en';
import { i18nProvider } from './i18nProvider';

describe('the interface’s messages', () => {
  it('label a field without a translation after its name', () => {
    expect(i18nProvider.translate('resources.rubricCriteria.fields.maxScore')).toBe(
      'Maximum score',
    );
    expect(i18nProvider.translate('resources.rubricCriteria.fields.weight')).toBe('Weight');
    expect(i18nProvider.translate('resources.attendances.fields.programYear')).toBe('Program year');
  });

  it('keep a default react-admin gives, and plain text as it is, with its values', () => {
    expect(i18nProvider.translate('resources.x.fields.y', { _: 'Given' })).toBe('Given');
    expect(i18nProvider.translate('Reviewer')).toBe('Reviewer');
    expect(i18nProvider.translate('Hello %{name}', { name: 'Ana' })).toBe('Hello Ana');
  });

  it('translate the workflows’ messages, plurals included', () => {
    expect(i18nProvider.translate('cei.vacancies.due', { smart_count: 1 })).toBe('Due in 1 day');
    expect(i18nProvider.translate('cei.vacancies.due', { smart_count: 12 })).toBe('Due in 12 days');
  });
});

describe('every message key the screens name', () => {
  // Keys written out in the code: `label="cei.…"`, `translate('resources.…')`. Keys built from a
  // value (`cei.applications.actions.${action}`) are checked by the screens' own tests.
  const sources = import.meta.glob('../**/*.{ts,tsx}', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const keys = new Set<string>();
  for (const [file, text] of Object.entries(sources)) {
    if (file.includes('.test.') || file.endsWith('resources.ts')) continue;
    for (const match of String(text).matchAll(
      /['"`]((?:cei|resources)\.[A-Za-z0-9]+\.[A-Za-z0-9.]+)['"`]/g,
    )) {
      keys.add(match[1] as string);
    }
  }

  it.each([...keys].sort().map((key) => ({ key })))('has an English text for $key', ({ key }) => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
    expect(typeof found, key).toBe('string');
  });
});
