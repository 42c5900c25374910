import { DataTable, List, SearchInput, TextInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { InstantField, LocaleNumberField } from '../common/values';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="EmailStatus" alwaysOn />,
  <TextInput key="kind" source="kind" />,
];

const exportColumns = [
  col.instant('createdAt'),
  col.text('toAddress'),
  col.text('subject'),
  col.text('kind'),
  col.enum('status', 'EmailStatus'),
  col.number('attempts'),
  col.instant('deliveredAt'),
];
/** The outbox: every email the system wrote, newest first, and whether it went out. */
export function OutboxEmailList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" field={InstantField} />
        <DataTable.Col source="toAddress" />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="kind" disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="EmailStatus" />
        </DataTable.Col>
        <DataTable.Col source="attempts" field={LocaleNumberField} disableSort />
        <DataTable.Col source="deliveredAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
