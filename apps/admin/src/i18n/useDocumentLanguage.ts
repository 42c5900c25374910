import { useLocaleState, useTranslate } from 'react-admin';
import { useDocumentLanguageOf } from './documentLanguage';

/** The page's `lang` and title in the app's current language (`useDocumentLanguageOf`). */
export function useDocumentLanguage() {
  const [locale] = useLocaleState();
  useDocumentLanguageOf(locale, useTranslate()('cei.app.title'));
}
