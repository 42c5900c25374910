import { type UiLanguage, uiLanguageOf } from '@cei/domain';

/** The interface's languages, each named in itself, as the language menus offer them. */
export const LOCALES: readonly { locale: UiLanguage; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
];

/**
 * Where react-admin's `localStorageStore` keeps the interface language (`RaStore.` + its key,
 * the value as JSON). The sign-in page reads and writes it before react-admin is loaded, so both
 * see one choice; `languages.test.ts` checks the two agree.
 */
const LANGUAGE_KEY = 'RaStore.locale';

/** The browser's language when it is Spanish (`es`, `es-MX`, …), else English. */
export function browserLanguage(): UiLanguage {
  if (typeof navigator === 'undefined') return 'en';
  return uiLanguageOf(navigator.language?.split('-')[0]);
}

/** The language last chosen in this browser, if any. */
export function storedLanguage(): UiLanguage | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return stored === null ? undefined : uiLanguageOf(JSON.parse(stored));
  } catch {
    // No storage (a private window may refuse it) or a value not written by us.
    return undefined;
  }
}

/** Remembers a language in this browser, where react-admin's store reads it. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, JSON.stringify(language));
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}

/** The language to start in: the one chosen in this browser, else the browser's own. */
export function startingLanguage(): UiLanguage {
  return storedLanguage() ?? browserLanguage();
}
