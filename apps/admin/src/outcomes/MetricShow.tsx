import {
  BooleanField,
  DataTable,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField, LocaleNumberField } from '../common/values';
import { Section } from '../layout/Section';

export function MetricShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="key" />
        <TextField source="description" emptyText="—" />
        <TextField source="unit" />
        <EnumField source="direction" enumName="MetricDirection" />
      </SimpleShowLayout>
      <Section title="cei.outcomes.measurements">
        <ReferenceManyField
          reference="measurements"
          target="metricId"
          sort={{ field: 'periodStart', order: 'DESC' }}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="team" disableSort>
              <RecordLink source="team" reference="teams" />
            </DataTable.Col>
            <DataTable.Col source="periodStart" field={DayField} />
            <DataTable.Col source="periodEnd" field={DayField} disableSort />
            <DataTable.Col source="value" field={LocaleNumberField} disableSort />
            <DataTable.Col source="isBaseline" field={BooleanField} disableSort />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Show>
  );
}
