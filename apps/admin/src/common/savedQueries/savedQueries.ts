import type { SavedListState } from './savedQuery.graphql';

/** A value with its object keys in order, so that equal states compare equal as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, each]) => each !== undefined && each !== '')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, each]) => [key, canonical(each)]),
    );
  }
  return value;
}

/**
 * Whether a saved state is the list's current one: the same filter values and sort (empty
 * filter values are no filter). Page size and the filters merely shown do not make a query.
 */
export function isCurrentQuery(
  saved: Partial<SavedListState> | null | undefined,
  current: SavedListState,
): boolean {
  if (!saved) return false;
  return (
    JSON.stringify(canonical(saved.filter ?? {})) === JSON.stringify(canonical(current.filter)) &&
    saved.sort?.field === current.sort.field &&
    saved.sort?.order === current.sort.order
  );
}

/** The list's address for a saved state, as react-admin reads its parameters from the URL. */
export function searchOf(
  saved: Partial<SavedListState> | null | undefined,
  current: SavedListState,
): string {
  const sort = saved?.sort ?? current.sort;
  return new URLSearchParams({
    filter: JSON.stringify(saved?.filter ?? {}),
    sort: sort.field,
    order: sort.order,
    page: '1',
    perPage: String(saved?.perPage ?? current.perPage),
    displayedFilters: JSON.stringify(saved?.displayedFilters ?? {}),
  }).toString();
}
