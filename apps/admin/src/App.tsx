import type { ApolloClient } from '@apollo/client';
import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './auth/authProvider';
import { CHANGE_PASSWORD_PATH, ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { createApolloClient } from './data/apolloClient';
import { createDataProvider } from './data/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { createStore } from './i18n/store';
import { Dashboard } from './layout/Dashboard';
import { AppTitle, Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { pages } from './pages';
import { definitions, resources } from './resources';

/**
 * The admin app: every screen needs a signed-in account. The API decides what it may see; the
 * auth provider's `canAccess` (auth/canAccess.ts) decides which menus, screens and buttons to
 * offer it. The interface is in English or Spanish: the account's language once it signs in,
 * before that the one chosen in this browser, else the browser's own (src/i18n).
 */
export function App({ client: givenClient }: { client?: ApolloClient }) {
  const store = useMemo(() => createStore(), []);
  const client = useMemo(
    () => givenClient ?? createApolloClient('/graphql', () => i18nProvider.getLocale()),
    [givenClient],
  );
  const dataProvider = useMemo(() => createDataProvider(client, definitions), [client]);
  const authProvider = useMemo(
    () => createAuthProvider(client, { onSignIn: (language) => store.setItem('locale', language) }),
    [client, store],
  );
  return (
    <Admin
      title={<AppTitle />}
      store={store}
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      requireAuth
      dashboard={Dashboard}
      i18nProvider={i18nProvider}
      layout={Layout}
      lightTheme={lightTheme}
      darkTheme={darkTheme}
      disableTelemetry
    >
      {resources.map(({ props }) => (
        <Resource key={props.name} {...props} />
      ))}
      <CustomRoutes>
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        {pages.map(({ path, component: Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
      </CustomRoutes>
    </Admin>
  );
}
