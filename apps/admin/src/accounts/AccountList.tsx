import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { InstantField } from '../common/values';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="Role" alwaysOn />,
  <NullableBooleanInput key="disabled" source="disabled" />,
];

const exportColumns = [
  col.text('email'),
  col.text('displayName'),
  col.enum('role', 'Role'),
  col.boolean('disabled'),
  col.instant('lastSignInAt'),
];
export function AccountList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'email', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        {/* Plain text, not a mailto: link, so a click on it opens the account like the row. */}
        <DataTable.Col source="email" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role">
          <EnumField source="role" enumName="Role" />
        </DataTable.Col>
        <DataTable.Col source="disabled" disableSort>
          <BooleanField
            source="disabled"
            FalseIcon={null}
            valueLabelTrue="resources.accounts.fields.disabled"
          />
        </DataTable.Col>
        <DataTable.Col source="lastSignInAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
