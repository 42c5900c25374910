import { BooleanField, DataTable, List } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { EnumField, EnumInput } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';

const filters = [
  <CohortReferenceInput key="cohortId" helperText={false} alwaysOn />,
  <EnumInput key="status" source="status" enumName="ApplicationStatus" alwaysOn />,
];

export function ApplicationList() {
  return (
    <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="lea" label="Applicant" disableSort>
          <RecordLink source="lea" reference="organizations" />
        </DataTable.Col>
        <DataTable.Col source="cohort" disableSort>
          <RecordLink source="cohort" reference="cohorts" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="ApplicationStatus" />
        </DataTable.Col>
        <DataTable.Col source="submittedAt" field={InstantField} />
        <DataTable.Col source="isLate" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
}
