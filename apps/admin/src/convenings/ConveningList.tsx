import { DataTable, List, SearchInput } from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
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

const exportColumns = [
  col.instant('startsAt'),
  col.text('programYear'),
  col.number('number'),
  col.text('title'),
  col.references('cohorts'),
  col.enum('kind', 'ConveningKind'),
  col.enum('modality', 'Modality'),
];
export function ConveningList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'startsAt', order: 'DESC' }}
    >
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
