import { DataTable, List } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

const filters = [
  <TeamReferenceInput key="teamId" helperText={false} alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="CheckInKind" />,
];

const exportColumns = [
  col.day('occurredOn'),
  col.reference('team'),
  col.enum('kind', 'CheckInKind'),
  col.text('liaisonName', { label: 'resources.checkIns.fields.liaison' }),
  col.text('summary'),
];
export function CheckInList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'occurredOn', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="occurredOn" field={DayField} />
        <DataTable.Col source="team" disableSort>
          <RecordLink source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumField source="kind" enumName="CheckInKind" />
        </DataTable.Col>
        <DataTable.Col source="liaisonName" label="resources.checkIns.fields.liaison" disableSort />
        <DataTable.Col source="summary" disableSort />
      </DataTable>
    </List>
  );
}
