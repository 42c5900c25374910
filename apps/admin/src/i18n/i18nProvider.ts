import {
  fillPlaceholders,
  POLYGLOT_INTERPOLATION,
  type UiLanguage,
  uiLanguageOf,
} from '@cei/domain';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from './en';
import { LOCALES } from './languages';

/** Spanish is loaded when first needed: English readers do not download it. */
const spanish = () => import('./es').then((module) => module.es);

/** `endReason` → "End reason", `cohort.applicationDueAt` → "Application due at". */
export function humanizeField(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a message without a translation reads: a field's label derived from its name (as
 * react-admin derives the labels it builds itself), any other text as given, its `{values}`
 * filled in. Every label a screen shows has a key in both languages (src/i18n/screenTexts.test.ts),
 * so this is for texts that are not keys (a server's message) and a field added without one.
 */
export function missingMessage(key: string, options: Record<string, unknown> = {}): string {
  const field = /^resources\.[^.]+\.fields\.(.+)$/.exec(key);
  if (field) return humanizeField(field[1] as string);
  return fillPlaceholders(key, options);
}

/**
 * English and Spanish, starting in English; react-admin switches with `changeLocale` to the
 * language its store remembers (src/i18n/store.ts starts it at the browser's), before it first
 * renders.
 */
export function createI18nProvider(): I18nProvider {
  return polyglotI18nProvider(
    (locale) => (uiLanguageOf(locale) === 'es' ? spanish() : en),
    'en',
    [...LOCALES],
    // `{name}` placeholders, as the server's messages have them (@cei/domain, placeholders.ts).
    { allowMissing: true, onMissingKey: missingMessage, interpolation: POLYGLOT_INTERPOLATION },
  );
}

export const i18nProvider = createI18nProvider();

/**
 * The app's interface language now, for texts made outside components (a record's name in a
 * page title); components use `useUiLanguage()`.
 */
export function interfaceLanguage(): UiLanguage {
  return uiLanguageOf(i18nProvider.getLocale());
}
