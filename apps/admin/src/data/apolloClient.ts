import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The GraphQL client of the admin app. react-admin keeps its own cache of records (TanStack
 * Query), so Apollo's is bypassed: every operation goes to the server. Each request says the
 * interface's current language (`Accept-Language: en` or `es`), which the server's messages
 * follow.
 */
export function createApolloClient(
  uri = '/graphql',
  language: () => string = () => 'en',
): ApolloClient {
  const acceptLanguage = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'Accept-Language': language() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([acceptLanguage, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      watchQuery: { fetchPolicy: 'no-cache' },
    },
  });
}
