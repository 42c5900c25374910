import { BooleanField, DataTable, List, ReferenceInput, SelectInput } from 'react-admin';
import { col } from '../common/csvExport/columns';
import { ListActions } from '../common/ListActions';
import { RecordLink } from '../common/RecordLink';
import { DayField, LocaleNumberField } from '../common/values';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';

const filters = [
  <TeamReferenceInput key="teamId" helperText={false} alwaysOn />,
  <ReferenceInput
    key="metricId"
    source="metricId"
    reference="metrics"
    sort={{ field: 'name', order: 'ASC' }}
    alwaysOn
  >
    <SelectInput optionText="name" helperText={false} />
  </ReferenceInput>,
];

const exportColumns = [
  col.reference('team'),
  col.reference('metric'),
  col.day('periodStart'),
  col.day('periodEnd'),
  col.number('value'),
  col.text('metric.unit', { label: 'resources.metrics.fields.unit' }),
  col.boolean('isBaseline'),
];
export function MeasurementList() {
  return (
    <List
      actions={<ListActions exportColumns={exportColumns} />}
      filters={filters}
      sort={{ field: 'periodStart', order: 'DESC' }}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="team" disableSort>
          <RecordLink source="team" reference="teams" />
        </DataTable.Col>
        <DataTable.Col source="metric" disableSort>
          <RecordLink source="metric" reference="metrics" />
        </DataTable.Col>
        <DataTable.Col source="periodStart" field={DayField} />
        <DataTable.Col source="periodEnd" field={DayField} disableSort />
        <DataTable.Col source="value" field={LocaleNumberField} disableSort />
        <DataTable.Col source="metric.unit" label="resources.metrics.fields.unit" disableSort />
        <DataTable.Col source="isBaseline" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
}
