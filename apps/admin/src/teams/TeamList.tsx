import { OrganizationKind } from '@cei/domain';
import { DataTable, List, SearchInput } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CohortReferenceInput key="cohortId" helperText={false} />,
  <EnumInput key="status" source="status" enumName="TeamStatus" />,
  <OrganizationReferenceInput
    key="countyOfficeId"
    source="countyOfficeId"
    kind={OrganizationKind.COUNTY_OFFICE}
    helperText={false}
  />,
];

const exportColumns = [
  col.text('name'),
  col.reference('cohort'),
  col.reference('leadLea'),
  col.reference('focusSchool'),
  col.enum('status', 'TeamStatus'),
  col.day('joinedOn'),
  col.day('commitmentEndsOn'),
];
export function TeamList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="cohort" disableSort>
          <RecordLink source="cohort" reference="cohorts" />
        </DataTable.Col>
        <DataTable.Col source="leadLea" disableSort>
          <RecordLink source="leadLea" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="focusSchool" disableSort>
          <RecordLink source="focusSchool" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="TeamStatus" />
        </DataTable.Col>
        <DataTable.Col source="joinedOn" field={DayField} />
        <DataTable.Col source="commitmentEndsOn" field={DayField} />
      </DataTable>
    </List>
  );
}
