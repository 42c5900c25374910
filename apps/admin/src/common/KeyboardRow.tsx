import type { KeyboardEvent } from 'react';
import {
  DataTableRow,
  type DataTableRowProps,
  useDataTableCallbacksContext,
  useResourceDefinition,
} from 'react-admin';

/**
 * A list row that opens from the keyboard as it opens on a click: in the tab order, Enter opens
 * it. react-admin's rows answer clicks only, so a keyboard user could reach a row's links but not
 * the record itself. Every DataTable uses it (layout/theme.tsx); a row that opens nothing (no
 * `rowClick`, no show or edit screen, as react-admin decides) stays out of the tab order.
 */
export function KeyboardRow(props: DataTableRowProps) {
  const { rowClick } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  const opens = rowClick === undefined ? hasShow || hasEdit : rowClick !== false;
  if (!opens) return <DataTableRow {...props} />;
  return (
    <DataTableRow
      {...props}
      tabIndex={0}
      onKeyDown={(event: KeyboardEvent<HTMLTableRowElement>) => {
        // Enter on a link or checkbox inside the row is theirs.
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.currentTarget.click();
        }
      }}
    />
  );
}
