import { placeholdersOf } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { createI18nProvider, i18nProvider } from './i18nProvider';
import { flattenMessages, type MessageTree, messageAt } from './messages';

const english = flattenMessages(en as unknown as MessageTree);
const spanish = flattenMessages(es as unknown as MessageTree);

/** The `{values}` of each plural part of a text ("one |||| {smart_count} more"), sorted. */
function shape(text: string): string[][] {
  return text.split('||||').map((part) => placeholdersOf(part).sort());
}

describe('the interface’s messages', () => {
  it('label a field by the domain’s label on every resource, or by the resource’s own', () => {
    expect(i18nProvider.translate('resources.teams.fields.commitmentEndsOn')).toBe(
      'Commitment ends on',
    );
    expect(i18nProvider.translate('resources.attendances.fields.programYear')).toBe('Program year');
    expect(i18nProvider.translate('resources.memberships.fields.organizationId')).toBe(
      'Represents',
    );
    expect(i18nProvider.translate('resources.organizations.fields.organizationId')).toBe(
      'Organization',
    );
  });

  it('label a field without a label after its name', () => {
    expect(i18nProvider.translate('resources.rubricCriteria.fields.maxScoreNote')).toBe(
      'Max score note',
    );
  });

  it('keep a default react-admin gives, and plain text as it is, with its values', () => {
    expect(i18nProvider.translate('resources.x.fields.y', { _: 'Given' })).toBe('Given');
    expect(i18nProvider.translate('Reviewer')).toBe('Reviewer');
    expect(i18nProvider.translate('Hello {name}', { name: 'Ana' })).toBe('Hello Ana');
  });

  it('translate the workflows’ messages, plurals included', () => {
    expect(i18nProvider.translate('cei.vacancies.due', { smart_count: 1 })).toBe('Due in 1 day');
    expect(i18nProvider.translate('cei.vacancies.due', { smart_count: 12 })).toBe('Due in 12 days');
  });
});

describe('the English and the Spanish', () => {
  it('have the same keys, react-admin’s own included: none only in English', () => {
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('have the same keys: none only in Spanish', () => {
    expect([...spanish.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('cover every message of react-admin', () => {
    expect([...english.keys()].filter((key) => key.startsWith('ra.')).length).toBeGreaterThan(150);
  });

  it('have, text for text, the same plural parts and the same {values} in each', () => {
    const differing = [...english]
      .filter(([key]) => spanish.has(key))
      .filter(
        ([key, text]) =>
          JSON.stringify(shape(text)) !== JSON.stringify(shape(spanish.get(key) as string)),
      )
      .map(([key, text]) => `${key}: “${text}” / “${spanish.get(key)}”`);
    expect(differing).toEqual([]);
  });

  it('translate in Spanish, plurals by Spanish rules', async () => {
    const spanishProvider = createI18nProvider();
    await spanishProvider.changeLocale('es');
    expect(spanishProvider.translate('ra.action.save')).toBe('Guardar');
    expect(spanishProvider.translate('cei.vacancies.due', { smart_count: 1 })).toBe(
      'Vence en 1 día',
    );
    expect(spanishProvider.translate('cei.vacancies.due', { smart_count: 0 })).toBe(
      'Vence en 0 días',
    );
    expect(spanishProvider.translate('resources.teams.name', { smart_count: 2 })).toBe('Equipos');
  });

  it('switch with the locale', async () => {
    const provider = createI18nProvider();
    expect(provider.getLocale()).toBe('en');
    expect(provider.getLocales?.().map(({ locale }) => locale)).toEqual(['en', 'es']);
    await provider.changeLocale('es');
    expect(provider.getLocale()).toBe('es');
    expect(provider.translate('ra.auth.sign_in')).toBe('Iniciar sesión');
    await provider.changeLocale('en');
    expect(provider.translate('ra.auth.sign_in')).toBe('Sign in');
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

  it.each([...keys].sort().map((key) => ({ key })))(
    'has an English and a Spanish text for $key',
    ({ key }) => {
      expect(messageAt(en as unknown as MessageTree, key), `en ${key}`).toBeTypeOf('string');
      expect(messageAt(es as unknown as MessageTree, key), `es ${key}`).toBeTypeOf('string');
    },
  );
});

describe('the placeholder syntax', () => {
  it('is `{name}` in every message, react-admin’s included, as in the server’s messages', () => {
    for (const catalog of [en, es]) {
      const old = [...flattenMessages(catalog as unknown as MessageTree)].filter(([, text]) =>
        text.includes('%{'),
      );
      expect(old).toEqual([]);
    }
    expect(
      i18nProvider.translate('ra.navigation.page_range_info', {
        offsetBegin: 1,
        offsetEnd: 25,
        total: 40,
      }),
    ).toBe('1-25 of 40');
  });
});
