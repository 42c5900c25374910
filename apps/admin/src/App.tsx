import type { ApolloClient } from '@apollo/client';
import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { CHANGE_PASSWORD_PATH } from './auth/paths';
import { lazyNamed } from './common/lazyNamed';
import { ConflictBrokerContext, createConflictBroker } from './conflicts/conflictBroker';
import { createApolloClient } from './data/apolloClient';
import { createDataProvider } from './data/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { createStore } from './i18n/store';
import { AppTitle, Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { pages } from './pages';
import { definitions, resources } from './resources';

const ChangePasswordPage = lazyNamed(
  () => import('./auth/ChangePasswordPage'),
  'ChangePasswordPage',
);
/** The home screen: the signed-in role's dashboard, loaded on its own (dashboards/). */
const Dashboard = lazyNamed(() => import('./dashboards/Dashboard'), 'Dashboard');

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
  // The data provider meets edit conflicts; the layout's dialog shows them (conflicts/).
  const conflicts = useMemo(() => createConflictBroker(), []);
  const dataProvider = useMemo(
    () => createDataProvider(client, definitions, { onConflict: conflicts.ask }),
    [client, conflicts],
  );
  const authProvider = useMemo(
    () => createAuthProvider(client, { onSignIn: (language) => store.setItem('locale', language) }),
    [client, store],
  );
  return (
    <ConflictBrokerContext.Provider value={conflicts}>
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
    </ConflictBrokerContext.Provider>
  );
}
