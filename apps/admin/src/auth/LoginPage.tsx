import { labelOf, type Role } from '@cei/domain';
import { useLogin, useTranslate } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { SignInForm } from './SignInForm';

/**
 * The sign-in page react-admin shows once the app is loaded (after signing out, or when a
 * session ends); the first visit's is `SignInScreen`, the same card without react-admin. Once
 * signed in, the account's own language, if it chose one, takes over.
 */
export function LoginPage() {
  const login = useLogin();
  const translate = useTranslate();
  const language = useUiLanguage();
  useDocumentLanguage();
  return (
    <SignInForm
      language={language}
      texts={{
        title: translate('cei.app.title'),
        program: translate('cei.app.program'),
        email: translate('cei.signIn.email'),
        password: translate('cei.signIn.password'),
        submit: translate('cei.signIn.submit'),
        demoTitle: translate('cei.signIn.demoTitle'),
        demoHint: (password) => translate('cei.signIn.demoHint', { password }),
        demoChoice: (role, email) =>
          translate('cei.signIn.demoChoice', {
            role: labelOf('Role', role as Role, language),
            email,
          }),
      }}
      languageMenu={<LanguageMenu />}
      onSubmit={async (credentials) => {
        try {
          await login(credentials);
        } catch (error) {
          // The server's message is already in the interface language; a key is translated.
          const message =
            error instanceof Error && error.message ? error.message : 'cei.signIn.failed';
          throw new Error(translate(message, { _: message }));
        }
      }}
    />
  );
}
