import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The GraphQL client of the admin app. react-admin keeps its own cache of records (TanStack
 * Query), so Apollo's is bypassed: every operation goes to the server.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      watchQuery: { fetchPolicy: 'no-cache' },
    },
  });
}
