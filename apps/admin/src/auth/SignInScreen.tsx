import { fillPlaceholders, labelOf, type Role, type UiLanguage, uiLanguageOf } from '@cei/domain';
import { CssBaseline, createTheme, ThemeProvider } from '@mui/material';
import { useState } from 'react';
import { useDocumentLanguageOf } from '../i18n/documentLanguage';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { rememberLanguage, startingLanguage } from '../i18n/languages';
import { signInEn } from '../i18n/signIn.en';
import { signInEs } from '../i18n/signIn.es';
import { accessiblePalette } from '../layout/palette';
import { SignInForm } from './SignInForm';
import { ServerUnreachable, signIn } from './sessionRequests';

const TEXTS: Record<UiLanguage, typeof signInEn> = { en: signInEn, es: signInEs };

const theme = createTheme({ palette: accessiblePalette });

/**
 * The first page of a visitor who is not signed in, without react-admin or Apollo Client (which
 * load after it, docs/admin.md "Speed"): the sign-in card in the language chosen in this browser, else
 * the browser's. Signing in remembers the account's language, if it chose one, where the app
 * reads it, then hands over to the app.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const [language, setLanguage] = useState(startingLanguage);
  const texts = TEXTS[language];

  useDocumentLanguageOf(language, texts.app.title);

  function choose(chosen: UiLanguage) {
    rememberLanguage(chosen);
    setLanguage(chosen);
  }

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <SignInForm
        language={language}
        texts={{
          ...texts.app,
          ...texts.signIn,
          demoHint: (password) => fillPlaceholders(texts.signIn.demoHint, { password }),
          demoChoice: (role, email) =>
            fillPlaceholders(texts.signIn.demoChoice, {
              role: labelOf('Role', role as Role, language),
              email,
            }),
        }}
        languageMenu={
          <LanguageChoice
            language={language}
            label={(name) => fillPlaceholders(texts.language.current, { language: name })}
            onChange={choose}
          />
        }
        onSubmit={async (credentials) => {
          let account: Awaited<ReturnType<typeof signIn>>;
          try {
            account = await signIn(credentials, language);
          } catch (error) {
            if (error instanceof ServerUnreachable) throw new Error(texts.errors.unreachable);
            throw error instanceof Error && error.message ? error : new Error(texts.signIn.failed);
          }
          if (account.language) rememberLanguage(uiLanguageOf(account.language));
          onSignedIn();
        }}
      />
    </ThemeProvider>
  );
}
