import { DataTable, List } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { conveningName } from './conveningName';

const filters = [
  <TeamReferenceInput key="teamId" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" enumName="AttendanceStatus" alwaysOn />,
  <EnumInput key="mode" source="mode" enumName="AttendanceMode" />,
];

const exportColumns = [
  col.reference('convening', { name: conveningName }),
  col.person('membership.person', { label: 'resources.attendances.fields.person' }),
  col.reference('membership.team', { label: 'resources.attendances.fields.team' }),
  col.enum('status', 'AttendanceStatus'),
  col.enum('mode', 'AttendanceMode'),
];
export function AttendanceList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="convening" disableSort>
          <RecordLink source="convening" reference="convenings" text={conveningName} />
        </DataTable.Col>
        <DataTable.Col
          source="membership.person"
          label="resources.attendances.fields.person"
          disableSort
        >
          <RecordLink source="membership.person" reference="people" text={personName} />
        </DataTable.Col>
        <DataTable.Col
          source="membership.team"
          label="resources.attendances.fields.team"
          disableSort
        >
          <RecordLink source="membership.team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="AttendanceStatus" />
        </DataTable.Col>
        <DataTable.Col source="mode" disableSort>
          <EnumField source="mode" enumName="AttendanceMode" emptyText="" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
