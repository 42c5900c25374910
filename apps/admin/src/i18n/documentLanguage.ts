import { useEffect } from 'react';

/**
 * Keeps the page's `lang` and title in the interface's language, so screen readers pronounce it
 * as such and the browser tab reads in it. Without react-admin, for the first page too;
 * `useDocumentLanguage` is the app's.
 */
export function useDocumentLanguageOf(language: string, title: string) {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
