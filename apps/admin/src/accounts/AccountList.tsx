import { Chip } from '@mui/material';
import {
  DataTable,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  useTranslate,
} from 'react-admin';
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
/** Only a disabled account is marked, in words (an icon alone would need its tooltip read). */
function DisabledChip() {
  return <Chip size="small" label={useTranslate()('resources.accounts.fields.disabled')} />;
}

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
          <FunctionField<{ disabled: boolean }>
            source="disabled"
            render={(account) => (account.disabled ? <DisabledChip /> : null)}
          />
        </DataTable.Col>
        <DataTable.Col source="lastSignInAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
