import { BooleanField, DataTable, List } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';

const filters = [<EnumInput key="phase" source="phase" enumName="Phase" alwaysOn />];

const exportColumns = [
  col.reference('organization'),
  col.enum('phase', 'Phase'),
  col.boolean('isLead'),
  col.text('responsibility'),
];
export function LeadAgencyList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'phase', order: 'DESC' }}
    >
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
