import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';

/** `endReason` → "End reason", `cohort.applicationDueAt` → "Application due at". */
export function humanizeField(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a message without a translation reads: a field's label derived from its name (as
 * react-admin derives the labels it builds itself), any other text as given, its `%{values}`
 * filled in.
 */
export function missingMessage(key: string, options: Record<string, unknown> = {}): string {
  const field = /^resources\.[^.]+\.fields\.(.+)$/.exec(key);
  if (field) return humanizeField(field[1] as string);
  return key.replace(/%\{(\w+)\}/g, (whole, name: string) =>
    options[name] === undefined ? whole : String(options[name]),
  );
}

/** English for now; Spanish joins here (the domain labels already have it). */
export const i18nProvider = polyglotI18nProvider(
  () => en,
  'en',
  [{ locale: 'en', name: 'English' }],
  {
    allowMissing: true,
    onMissingKey: missingMessage,
  },
);
