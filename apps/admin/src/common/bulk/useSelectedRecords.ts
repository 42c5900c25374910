import { useCallback } from 'react';
import { type RaRecord, useDataProvider, useListContext } from 'react-admin';

/**
 * The records selected in a list, as the user saw them (their versions): from the page shown,
 * and for rows selected on other pages, read again.
 */
export function useSelectedRecords<T extends RaRecord>() {
  const { selectedIds, data, resource } = useListContext<T>();
  const dataProvider = useDataProvider();
  return useCallback(async (): Promise<T[]> => {
    const shown = new Map((data ?? []).map((record) => [record.id, record]));
    const missing = selectedIds.filter((id) => !shown.has(id));
    const fetched = missing.length
      ? (await dataProvider.getMany<T>(resource, { ids: missing })).data
      : [];
    const byId = new Map([...shown, ...fetched.map((record) => [record.id, record] as const)]);
    return selectedIds.flatMap((id) => {
      const record = byId.get(id);
      return record ? [record] : [];
    });
  }, [selectedIds, data, resource, dataProvider]);
}
