import { type UiLanguage, uiLanguageOf } from '@cei/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { LanguageChoice } from './LanguageChoice';

/**
 * The language menu inside the app (app bar, and the sign-in page shown after a sign-out):
 * choosing switches the interface at once and remembers it in this browser (react-admin's
 * store); `onChange` lets the app bar remember it on the account too.
 */
export function LanguageMenu({ onChange }: { onChange?: (language: UiLanguage) => void }) {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  return (
    <LanguageChoice
      language={uiLanguageOf(locale)}
      label={(language) => translate('cei.language.current', { language })}
      onChange={(language) => {
        setLocale(language);
        onChange?.(language);
      }}
    />
  );
}
