import type { ApolloClient } from '@apollo/client';
import { useMemo } from 'react';
import { Admin, Resource } from 'react-admin';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { createApolloClient } from './data/apolloClient';
import { createDataProvider } from './data/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { definitions, resources } from './resources';

/** The admin app: every screen needs a signed-in account; the API decides what it may see. */
export function App({ client: givenClient }: { client?: ApolloClient }) {
  const client = useMemo(() => givenClient ?? createApolloClient(), [givenClient]);
  const dataProvider = useMemo(() => createDataProvider(client, definitions), [client]);
  const authProvider = useMemo(() => createAuthProvider(client), [client]);
  return (
    <Admin
      title="CEI Admin"
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      requireAuth
      i18nProvider={i18nProvider}
      layout={Layout}
      disableTelemetry
    >
      {resources.map(({ props }) => (
        <Resource key={props.name} {...props} />
      ))}
    </Admin>
  );
}
