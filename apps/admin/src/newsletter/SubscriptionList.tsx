import { DataTable, EmailField, List, SearchInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { InstantField } from '../common/values';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="SubscriptionStatus" alwaysOn />,
  <EnumInput key="language" source="language" enumName="Language" />,
];

const exportColumns = [
  col.text('email'),
  col.text('name'),
  col.text('organizationName'),
  col.enum('language', 'Language'),
  col.enum('status', 'SubscriptionStatus'),
  col.instant('createdAt'),
];
export function SubscriptionList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="organizationName" disableSort />
        <DataTable.Col source="language" disableSort>
          <EnumField source="language" enumName="Language" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="SubscriptionStatus" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={InstantField} />
      </DataTable>
    </List>
  );
}
