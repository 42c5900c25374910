import { BooleanField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';

export function MeasurementShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="team" reference="teams" />
        <RecordLink source="metric" reference="metrics" />
        <DayField source="periodStart" />
        <DayField source="periodEnd" />
        <NumberField source="value" />
        <TextField source="metric.unit" label="Unit" />
        <TextField source="source" />
        <BooleanField source="isBaseline" />
        <NumberField source="changeFromBaseline" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
