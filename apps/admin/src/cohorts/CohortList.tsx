import { DataTable, List, SearchInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { EnumField, EnumInput } from '../common/enums';
import { ListActions } from '../common/ListActions';
import { DayField, InstantField, LocaleNumberField } from '../common/values';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="phase" source="phase" enumName="Phase" />,
  <EnumInput key="status" source="status" enumName="CohortStatus" />,
];

const exportColumns = [
  col.number('number'),
  col.text('name'),
  col.enum('phase', 'Phase'),
  col.enum('status', 'CohortStatus'),
  col.number('teamCount.totalCount', { label: 'resources.cohorts.fields.teams' }),
  col.instant('applicationDueAt'),
  col.day('firstConveningOn'),
];
export function CohortList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'number', order: 'ASC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="name" />
        <DataTable.Col source="phase" disableSort>
          <EnumField source="phase" enumName="Phase" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="CohortStatus" />
        </DataTable.Col>
        <DataTable.Col
          source="teamCount.totalCount"
          label="resources.cohorts.fields.teams"
          disableSort
        >
          <LocaleNumberField source="teamCount.totalCount" />
        </DataTable.Col>
        <DataTable.Col source="applicationDueAt" field={InstantField} />
        <DataTable.Col source="firstConveningOn" field={DayField} />
      </DataTable>
    </List>
  );
}
