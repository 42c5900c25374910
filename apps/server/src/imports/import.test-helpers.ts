import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { COMMIT_IMPORT, PREVIEW_IMPORT } from './import.fixtures.js';

/** What the tests read of a preview. */
export interface Preview {
  id: string;
  status: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: { totalCount: number; nodes: ProblemRow[] };
}
export type ProblemRow = { row: number; column: string | null; message: string };

/** Previews a file as `client`; fails on any GraphQL error. */
export async function preview(
  client: GraphqlClient,
  kind: string,
  content: string,
  fileName = 'import.csv',
): Promise<Preview> {
  const { data, errors } = await client.graphql<{ previewImport: Preview }>(PREVIEW_IMPORT, {
    input: { kind, fileName, content },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.previewImport as Preview;
}

export interface Committed {
  id: string;
  status: string;
  mode: string;
  importedRows: number;
  skippedRows: number;
  progress: number;
  created: { entity: string; count: number }[];
}

export function commit(client: GraphqlClient, id: string, mode: 'ALL' | 'VALID_ONLY') {
  return client.graphql<{ commitImport: Committed }>(COMMIT_IMPORT, { id, input: { mode } });
}

/** Created counts as an object, e.g. `{ Person: 2, Membership: 3 }`. */
export function createdOf(committed: Committed | undefined): Record<string, number> {
  return Object.fromEntries((committed?.created ?? []).map(({ entity, count }) => [entity, count]));
}

/** `client`'s credentials, asking the server at `url` for messages in `language` (Accept-Language). */
export function inLanguage(url: string, client: GraphqlClient, language: string): GraphqlClient {
  const { cookie, bearer } = client.credentials;
  return {
    credentials: client.credentials,
    graphql: async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': language,
          ...(cookie ? { cookie } : {}),
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<T>;
    },
  };
}
