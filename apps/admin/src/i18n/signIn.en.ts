/**
 * The texts of the sign-in page, which loads before the rest of the app (`auth/SignInScreen`
 * holds them in both languages itself), and of the title and language menu the app shares with
 * it. Registered under `cei` by `en.ts` (`errors` merged with the screens').
 */
export const signInEn = {
  app: { title: 'CEI Admin', program: 'Community Engagement Initiative' },
  language: { current: 'Language: {language}' },
  signIn: {
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Signing in failed; try again.',
    demoTitle: 'Demo sign-ins of this trial install',
    demoHint: 'Every demo account’s password is {password}. Choose one to fill in the form.',
    demoChoice: '{role}: {email}',
  },
  errors: {
    unreachable: 'The server could not be reached. Check the connection and try again.',
  },
};
