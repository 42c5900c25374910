import {
  DataTable,
  EditButton,
  EmailField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { SubscribeButton } from '../convenings/SubscribeButton';
import { Section } from '../layout/Section';

/**
 * A person and their teams. Names and emails of students and family members come back empty to
 * those who may not read them (shown as —); phones and languages are not shown to roles that may
 * never read them.
 */
export function PersonShow() {
  const { can } = useAccess();
  return (
    <Show actions={<PersonActions />}>
      <SimpleShowLayout>
        <TextField source="givenName" emptyText="—" />
        <TextField source="familyName" emptyText="—" />
        <EnumField source="kind" enumName="PersonKind" />
        <TextField source="title" emptyText="—" />
        <RecordLink source="employer" reference="organizations" />
        <EmailField source="email" emptyText="—" />
        {can('read', 'people.phone') && <TextField source="phone" emptyText="—" />}
        {can('read', 'people.preferredLanguage') && (
          <EnumField source="preferredLanguage" enumName="Language" emptyText="—" />
        )}
      </SimpleShowLayout>
      <Section title="cei.people.teams">
        <ReferenceManyField
          reference="memberships"
          target="personId"
          sort={{ field: 'startedOn', order: 'DESC' }}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="team" disableSort>
              <RecordLink source="team" reference="teams" />
            </DataTable.Col>
            <DataTable.Col source="role">
              <EnumField source="role" enumName="TeamRole" />
            </DataTable.Col>
            <DataTable.Col source="organization" disableSort>
              <RecordLink source="organization" reference="organizations" />
            </DataTable.Col>
            <DataTable.Col source="startedOn" field={DayField} />
            <DataTable.Col source="endedOn" field={DayField} />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Show>
  );
}

/** Edit; subscribe a calendar to the person's convenings (CEI staff, a team lead for their roster). */
function PersonActions() {
  const person = useRecordContext();
  const { can } = useAccess();
  if (!person) return null;
  return (
    <TopToolbar>
      {can('subscribePerson', 'calendarFeeds') && <SubscribeButton personId={String(person.id)} />}
      {can('edit', 'people') && <EditButton />}
    </TopToolbar>
  );
}
