import {
  DataTable,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';
import { Section } from '../layout/Section';
import { applicationName } from './applicationName';

export function ReviewShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="application" reference="applications" text={applicationName} />
        <TextField source="reviewer.displayName" label="cei.reviews.reviewer" />
        <NumberField source="totalScore" />
        <InstantField source="submittedAt" />
        <TextField source="comment" emptyText="—" />
      </SimpleShowLayout>
      <Section title="Scores">
        <ReferenceManyField reference="reviewScores" target="reviewId" perPage={100}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="criterion.name" label="Criterion" disableSort />
            <DataTable.Col source="score" field={NumberField} />
            <DataTable.Col
              source="criterion.maxScore"
              label="Out of"
              field={NumberField}
              disableSort
            />
            <DataTable.Col
              source="criterion.weight"
              label="Weight"
              field={NumberField}
              disableSort
            />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Show>
  );
}
