import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInScreen } from './auth/SignInScreen';
import { isSignedIn } from './auth/sessionRequests';
import { startingLanguage } from './i18n/languages';

/**
 * The first page is small (docs/admin.md, "Speed"): a visitor who is not signed in gets the sign-in
 * screen alone; the app (react-admin, Apollo Client, the screens) loads once somebody is signed
 * in. A link to a record still leads there after signing in.
 */
const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element.');
const root = createRoot(element);

const loadApp = () => import('./App');

async function showApp() {
  const { App } = await loadApp();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

function showSignIn() {
  const destination = !location.hash || location.hash.startsWith('#/login') ? '#/' : location.hash;
  history.replaceState(null, '', '#/login');
  root.render(
    <StrictMode>
      <SignInScreen
        onSignedIn={() => {
          history.replaceState(null, '', destination);
          void showApp();
        }}
      />
    </StrictMode>,
  );
  // Fetch the app while the visitor types, so it is ready when they sign in (Safari has no
  // requestIdleCallback).
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => loadApp().catch(() => undefined));
}

isSignedIn(startingLanguage()).then(
  (signedIn) => (signedIn ? showApp() : showSignIn()),
  showSignIn,
);
