import { DataTable, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { Section } from '../layout/Section';

export function CheckInShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="team" reference="teams" />
        <DayField source="occurredOn" />
        <EnumField source="kind" enumName="CheckInKind" />
        <TextField source="liaison.displayName" label="Liaison" emptyText="—" />
        <TextField source="summary" />
      </SimpleShowLayout>
      <Section title="Follow-ups">
        <ReferenceManyField
          reference="followUps"
          target="checkInId"
          sort={{ field: 'dueOn', order: 'ASC' }}
        >
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="description" disableSort />
            <DataTable.Col source="dueOn" field={DayField} />
            <DataTable.Col source="completedOn" field={DayField} />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Show>
  );
}
