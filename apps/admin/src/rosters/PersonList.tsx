import {
  AutocompleteInput,
  DataTable,
  EmailField,
  List,
  ReferenceInput,
  SearchInput,
} from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { RecordLink } from '../common/RecordLink';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="PersonKind" />,
  <EnumInput key="preferredLanguage" source="preferredLanguage" enumName="Language" />,
  <ReferenceInput
    key="employerId"
    source="employerId"
    reference="organizations"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" helperText={false} />
  </ReferenceInput>,
];

export function PersonList() {
  return (
    <List filters={filters} sort={{ field: 'familyName', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="familyName" />
        <DataTable.Col source="givenName" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="PersonKind" />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="employer" disableSort>
          <RecordLink source="employer" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
