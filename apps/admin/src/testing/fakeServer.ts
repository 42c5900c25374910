import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { createDataProvider } from '../data/dataProvider';
import { definitions } from '../resources';

export interface FakeOperation {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/**
 * The real data provider in front of a fake GraphQL server that answers each operation with
 * `respond`, for component tests. (Integration tests use the real server: e2e/.)
 */
export function fakeServer(respond: (operation: FakeOperation) => Record<string, unknown>) {
  const operations: FakeOperation[] = [];
  const link = new ApolloLink((operation) => {
    const call = { operationName: operation.operationName, variables: operation.variables };
    operations.push(call);
    return of(respond(call));
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { dataProvider: createDataProvider(client, definitions), operations };
}
