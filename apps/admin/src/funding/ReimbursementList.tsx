import { DataTable, List } from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { InstantField, MoneyField } from '../common/values';
import { conveningName } from '../convenings/conveningName';

const filters = [
  <EnumInput key="status" source="status" enumName="ReimbursementStatus" alwaysOn />,
  <EnumInput key="category" source="category" enumName="ExpenseCategory" alwaysOn />,
];

export function ReimbursementList() {
  return (
    <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="membership.person" label="Member" disableSort>
          <RecordLink source="membership.person" reference="people" text={personName} />
        </DataTable.Col>
        <DataTable.Col source="membership.team" label="Team" disableSort>
          <RecordLink source="membership.team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="convening" disableSort>
          <RecordLink source="convening" reference="convenings" text={conveningName} />
        </DataTable.Col>
        <DataTable.Col source="category" disableSort>
          <EnumField source="category" enumName="ExpenseCategory" />
        </DataTable.Col>
        <DataTable.Col source="amount" field={MoneyField} disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" enumName="ReimbursementStatus" />
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
