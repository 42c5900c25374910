import { OrganizationKind } from '@cei/domain';
import { DataTable, List, SearchInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { OrganizationReferenceInput } from './OrganizationReferenceInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="OrganizationKind" alwaysOn />,
  <OrganizationReferenceInput
    key="countyOfficeId"
    source="countyOfficeId"
    kind={OrganizationKind.COUNTY_OFFICE}
    helperText={false}
  />,
  <EnumInput key="leaType" source="leaType" enumName="LeaType" />,
  <EnumInput key="locale" source="locale" enumName="Locale" />,
  <EnumInput key="gradeSpan" source="gradeSpan" enumName="GradeSpan" />,
];

const exportColumns = [
  col.text('name'),
  col.enum('kind', 'OrganizationKind'),
  col.reference('countyOffice'),
  col.reference('lea'),
  col.text('cdsCode'),
  col.enum('leaType', 'LeaType'),
  col.enum('locale', 'Locale'),
];
export function OrganizationList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="OrganizationKind" />
        </DataTable.Col>
        <DataTable.Col source="countyOffice" disableSort>
          <RecordLink source="countyOffice" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="lea" disableSort>
          <RecordLink source="lea" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="cdsCode" />
        <DataTable.Col source="leaType" disableSort>
          <EnumField source="leaType" enumName="LeaType" />
        </DataTable.Col>
        <DataTable.Col source="locale" disableSort>
          <EnumField source="locale" enumName="Locale" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
