import { cleanup, configure } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';

/**
 * Component test files share one document and one module graph (`isolate: false` in
 * vitest.config.ts: importing react-admin anew for every file was half the run). So each file
 * starts as a fresh page would: in English (the i18n provider is one object, which a Spanish test
 * left in Spanish), nothing stored (react-admin keeps the language and list settings in
 * localStorage) and nothing left in the body by the file before; and what a file rendered is
 * unmounted when it ends, so none of its screens goes on running beside the next file's.
 */
// findBy… and waitFor give up after 1 s by default; beside the browser and server tests on CI's two
// cores a screen has taken longer to draw again after a click (the attendance grid's excused mark,
// session 18). A guard against a hang, not a measure.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  if (i18nProvider.getLocale() !== 'en') await i18nProvider.changeLocale('en');
  // Files that declare `@vitest-environment node` have no document.
  if (typeof window === 'undefined') return;
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.body.replaceChildren();
});

afterAll(cleanup);
