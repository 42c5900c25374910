import { DataTable, EmailField, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { InstantField } from '../common/values';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="Role" alwaysOn />,
  <NullableBooleanInput key="disabled" source="disabled" />,
];

export function AccountList() {
  return (
    <List filters={filters} sort={{ field: 'displayName', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="displayName" />
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="role">
          <EnumField source="role" enumName="Role" />
        </DataTable.Col>
        <DataTable.Col source="lastSignInAt" field={InstantField} />
        <DataTable.Col source="disabledAt" field={InstantField} disableSort />
      </DataTable>
    </List>
  );
}
