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

/**
 * The tools above every list: more filters, create (for those who may), and "Export CSV" of
 * everything the filter matches with `exportColumns`, the list's columns. `children` adds a
 * list's own tools.
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
      {filters && filters.length > 0 && <FilterButton disableSaveQuery />}
      {children}
      {hasCreate && <CreateButton />}
      <ExportButton columns={exportColumns} />
    </TopToolbar>
  );
}
