import { type ComponentProps, type ComponentType, useLayoutEffect, useRef } from 'react';
import {
  DataTableBody,
  type DataTableBodyProps,
  DataTableRow,
  type RaRecord,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/**
 * A DataTable body whose row checkboxes are labelled with the row they select ("Select Ana Peña,
 * Azusa"). react-admin puts its label ("Select this row") on the checkbox's wrapper, where
 * assistive technology does not read it, so the input itself gets one.
 */
export function selectableRows<R = RaRecord>(
  describe: (record: R) => string,
): ComponentType<DataTableBodyProps> {
  function LabelledRow(props: ComponentProps<typeof DataTableRow>) {
    const record = useRecordContext();
    const translate = useTranslate();
    const row = useRef<HTMLTableRowElement>(null);
    const label = record
      ? translate('cei.lists.bulk.selectRow', { name: describe(record as R) })
      : '';
    // After every render: react-admin renders the checkbox only while the row is selectable.
    useLayoutEffect(() => {
      row.current?.querySelector('input[type="checkbox"]')?.setAttribute('aria-label', label);
    });
    return <DataTableRow {...props} ref={row} />;
  }
  return function SelectableBody(props: DataTableBodyProps) {
    return <DataTableBody {...props} row={LabelledRow} />;
  };
}
