import {
  type ComponentProps,
  type ComponentType,
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
} from 'react';
import {
  DataTableBody,
  type DataTableBodyProps,
  DataTableRow,
  type RaRecord,
  useRecordContext,
  useTranslate,
} from 'react-admin';

type RowName = (record: RaRecord) => string;

const RowNameContext = createContext<RowName>(() => '');

/** A row whose checkbox input is labelled with the row's name. */
function LabelledRow(props: ComponentProps<typeof DataTableRow>) {
  const describe = useContext(RowNameContext);
  const record = useRecordContext();
  const translate = useTranslate();
  const row = useRef<HTMLTableRowElement>(null);
  const label = record ? translate('cei.lists.bulk.selectRow', { name: describe(record) }) : '';
  // After every render: react-admin renders the checkbox only while the list has bulk actions.
  useLayoutEffect(() => {
    row.current?.querySelector('input[type="checkbox"]')?.setAttribute('aria-label', label);
  });
  return <DataTableRow {...props} ref={row} />;
}

function LabelledBody(props: DataTableBodyProps) {
  return <DataTableBody {...props} row={LabelledRow} />;
}

/**
 * A DataTable body whose row checkboxes are labelled with the row they select ("Select Ana Peña,
 * Azusa"). react-admin puts its label ("Select this row") on the checkbox's wrapper, where
 * assistive technology does not read it, so the input itself gets one. Made once per list, at
 * module level: `body={selectableRows(membershipRowName)}` would make a new body each render.
 */
export function selectableRows<R = RaRecord>(
  describe: (record: R) => string,
): ComponentType<DataTableBodyProps> {
  return (props) => (
    <RowNameContext.Provider value={describe as RowName}>
      <LabelledBody {...props} />
    </RowNameContext.Provider>
  );
}
