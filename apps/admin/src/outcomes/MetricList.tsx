import { DataTable, List, SearchInput } from 'react-admin';
import { EnumField } from '../common/enums';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function MetricList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
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
