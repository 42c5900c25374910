import { useMemo } from 'react';
import { useCreatePath } from 'react-admin';

/** Paths to records and to filtered lists (react-admin reads a list's filter from `?filter=`). */
export function usePaths() {
  const createPath = useCreatePath();
  return useMemo(
    () => ({
      show: (resource: string, id: string, tab?: string) =>
        `${createPath({ resource, id, type: 'show' })}${tab ? `/${tab}` : ''}`,
      list: (resource: string, filter?: Record<string, unknown>) =>
        `${createPath({ resource, type: 'list' })}${
          filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''
        }`,
    }),
    [createPath],
  );
}
