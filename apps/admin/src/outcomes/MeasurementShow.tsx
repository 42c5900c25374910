import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import { DayField, LocaleNumberField } from '../common/values';

export function MeasurementShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="team" reference="teams" />
        <RecordLink source="metric" reference="metrics" />
        <DayField source="periodStart" />
        <DayField source="periodEnd" />
        <LocaleNumberField source="value" />
        <TextField source="metric.unit" label="resources.metrics.fields.unit" />
        <TextField source="source" />
        <BooleanField source="isBaseline" />
        <LocaleNumberField source="changeFromBaseline" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
