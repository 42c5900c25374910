import { DataTable, List, SearchInput } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { EnumField, EnumInput } from '../common/enums';
import { RecordLinks } from '../common/RecordLink';
import { InstantField } from '../common/values';
import { ProgramYearInput } from './ProgramYearInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CohortReferenceInput key="cohortId" helperText={false} />,
  <ProgramYearInput key="programYear" helperText={false} />,
  <EnumInput key="kind" source="kind" enumName="ConveningKind" />,
  <EnumInput key="modality" source="modality" enumName="Modality" />,
];

export function ConveningList() {
  return (
    <List filters={filters} sort={{ field: 'startsAt', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="startsAt" field={InstantField} />
        <DataTable.Col source="programYear" />
        <DataTable.Col source="number" />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="cohorts" disableSort>
          <RecordLinks source="cohorts" reference="cohorts" />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumField source="kind" enumName="ConveningKind" />
        </DataTable.Col>
        <DataTable.Col source="modality" disableSort>
          <EnumField source="modality" enumName="Modality" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
