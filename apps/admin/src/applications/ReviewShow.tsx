import { DataTable, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { Section } from '../layout/Section';
import { applicationName } from './applicationName';

export function ReviewShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="application" reference="applications" text={applicationName} />
        <TextField source="reviewer.displayName" label="cei.reviews.reviewer" />
        <LocaleNumberField source="totalScore" />
        <InstantField source="submittedAt" />
        <TextField source="comment" emptyText="—" />
      </SimpleShowLayout>
      <Section title="cei.reviews.scores">
        <ReferenceManyField reference="reviewScores" target="reviewId" perPage={100}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="criterion.name" label="cei.reviews.criterion" disableSort />
            <DataTable.Col source="score" field={LocaleNumberField} />
            <DataTable.Col
              source="criterion.maxScore"
              label="cei.reviews.maxScore"
              field={LocaleNumberField}
              disableSort
            />
            <DataTable.Col
              source="criterion.weight"
              label="resources.rubricCriteria.fields.weight"
              field={LocaleNumberField}
              disableSort
            />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Show>
  );
}
