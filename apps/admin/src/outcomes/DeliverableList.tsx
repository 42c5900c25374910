import { DataTable, List } from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { DayField } from '../common/values';

const filters = [<EnumInput key="status" source="status" enumName="DeliverableStatus" alwaysOn />];

export function DeliverableList() {
  return (
    <List filters={filters} sort={{ field: 'dueOn', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="statute" disableSort />
        <DataTable.Col source="dueOn" field={DayField} />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="DeliverableStatus" />
        </DataTable.Col>
        <DataTable.Col source="completedOn" field={DayField} disableSort />
      </DataTable>
    </List>
  );
}
