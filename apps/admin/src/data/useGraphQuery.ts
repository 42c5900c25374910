import { type DocumentNode, Kind, print } from 'graphql';
import { useGetOne } from 'react-admin';
import { OPERATION_RESOURCE } from './dataProvider';

function operationName(document: DocumentNode): string {
  for (const node of document.definitions) {
    if (node.kind === Kind.OPERATION_DEFINITION && node.name) return node.name.value;
  }
  return print(document);
}

/**
 * The answer to one of a screen's own queries, cached and refreshed like react-admin's records
 * (the refresh button and `useRefresh` read it again). Skipped while `enabled` is false.
 */
export function useGraphQuery<T>(
  document: DocumentNode,
  variables: Record<string, unknown>,
  { enabled = true }: { enabled?: boolean } = {},
) {
  const { data, isPending, error, refetch } = useGetOne<{ id: string }>(
    OPERATION_RESOURCE,
    { id: JSON.stringify([operationName(document), variables]), meta: { document, variables } },
    { enabled },
  );
  return { data: data as unknown as (T & { id: string }) | undefined, isPending, error, refetch };
}
