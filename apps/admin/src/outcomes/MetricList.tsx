import { DataTable, List, SearchInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField } from '../common/enums';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const exportColumns = [
  col.text('name'),
  col.text('key'),
  col.text('unit'),
  col.enum('direction', 'MetricDirection'),
];
export function MetricList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="key" />
        <DataTable.Col source="unit" disableSort />
        <DataTable.Col source="direction" disableSort>
          <EnumField source="direction" enumName="MetricDirection" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
