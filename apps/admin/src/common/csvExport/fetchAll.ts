import type { DataProvider, RaRecord, SortPayload } from 'react-admin';
import { MAX_PAGE_SIZE } from '../../data/dataProvider';

export interface ListQuery {
  resource: string;
  filter: Record<string, unknown>;
  sort: SortPayload;
}

/** Pages asked for at once after the first: enough to hide latency, few enough to be polite. */
const PARALLEL_PAGES = 4;

/**
 * Every record of a list with its filter and sort: the list's own query through the data
 * provider, a page of the server's maximum (100) at a time, so the rows are exactly the ones
 * the list shows page by page, within the viewer's scope. `onProgress` hears how many are in.
 */
export async function fetchAll(
  dataProvider: DataProvider,
  { resource, filter, sort }: ListQuery,
  onProgress?: (loaded: number, total: number) => void,
): Promise<RaRecord[]> {
  const page = (number: number) =>
    dataProvider.getList(resource, {
      filter,
      sort,
      pagination: { page: number, perPage: MAX_PAGE_SIZE },
    });
  const first = await page(1);
  const total = first.total ?? first.data.length;
  const pages: RaRecord[][] = [first.data];
  let loaded = first.data.length;
  onProgress?.(loaded, total);
  const count = Math.ceil(total / MAX_PAGE_SIZE);
  for (let start = 2; start <= count; start += PARALLEL_PAGES) {
    const numbers = Array.from(
      { length: Math.min(PARALLEL_PAGES, count - start + 1) },
      (_, index) => start + index,
    );
    const results = await Promise.all(numbers.map(page));
    for (const result of results) {
      pages.push(result.data);
      loaded += result.data.length;
    }
    onProgress?.(loaded, total);
  }
  // A row added or removed while paging shifts the pages: keep each record once.
  const seen = new Set<unknown>();
  return pages.flat().filter((record) => !seen.has(record.id) && seen.add(record.id));
}
