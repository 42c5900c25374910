import { DataTable, List } from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField, MoneyField } from '../common/values';
import { ProgramYearInput } from '../convenings/ProgramYearInput';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

const filters = [
  <TeamReferenceInput key="teamId" helperText={false} alwaysOn />,
  <ProgramYearInput key="programYear" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" enumName="StipendStatus" />,
];

export function StipendList() {
  return (
    <List filters={filters} sort={{ field: 'programYear', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="team" disableSort>
          <RecordLink source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="programYear" />
        <DataTable.Col source="amount" field={MoneyField} disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="StipendStatus" />
        </DataTable.Col>
        <DataTable.Col source="dueOn" field={DayField} />
        <DataTable.Col source="paidOn" field={DayField} disableSort />
      </DataTable>
    </List>
  );
}
