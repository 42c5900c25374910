import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/**
 * Keeps the page's `lang` and title in the interface's language, so screen readers pronounce it
 * as such and the browser tab reads in it.
 */
export function useDocumentLanguage() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('cei.app.title');
  }, [locale, translate]);
}
