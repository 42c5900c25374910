import type { ReactNode } from 'react';
import {
  CreateButton,
  FilterButton,
  TopToolbar,
  useFilterContext,
  useResourceDefinition,
} from 'react-admin';
import type { ExportColumn } from './csvExport/columns';
import { ExportButton } from './csvExport/ExportButton';
import { SavedQueriesButton } from './savedQueries/SavedQueriesButton';

/**
 * The tools above every list: more filters and the person's saved filters (on lists with
 * filters), create (for those who may), and "Export CSV" of everything the filter matches with
 * `exportColumns`, the list's columns. `children` adds a list's own tools.
 */
export function ListActions({
  exportColumns,
  children,
}: {
  exportColumns: readonly ExportColumn[];
  children?: ReactNode;
}) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && (
        <>
          {/* react-admin's saved queries live in the browser; ours are the account's. */}
          <FilterButton disableSaveQuery />
          <SavedQueriesButton />
        </>
      )}
      {children}
      {hasCreate && <CreateButton />}
      <ExportButton columns={exportColumns} />
    </TopToolbar>
  );
}
