import { BooleanField, DataTable, List } from 'react-admin';
import { EnumField, EnumInput } from '../common/enums';
import { RecordLink } from '../common/RecordLink';

const filters = [<EnumInput key="phase" source="phase" enumName="Phase" alwaysOn />];

export function LeadAgencyList() {
  return (
    <List filters={filters} sort={{ field: 'phase', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="organization" disableSort>
          <RecordLink source="organization" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="phase">
          <EnumField source="phase" enumName="Phase" />
        </DataTable.Col>
        <DataTable.Col source="isLead" field={BooleanField} disableSort />
        <DataTable.Col source="responsibility" disableSort />
      </DataTable>
    </List>
  );
}
