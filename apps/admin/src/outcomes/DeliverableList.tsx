import { DataTable, List } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { DayField } from '../common/values';

const filters = [<EnumInput key="status" source="status" enumName="DeliverableStatus" alwaysOn />];

const exportColumns = [
  col.text('title'),
  col.text('statute'),
  col.day('dueOn'),
  col.enum('status', 'DeliverableStatus'),
  col.day('completedOn'),
];
export function DeliverableList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'dueOn', order: 'ASC' }}
    >
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
