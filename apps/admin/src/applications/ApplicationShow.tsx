import {
  BooleanField,
  DataTable,
  EmailField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { EnumField } from '../common/enums';
import { RecordLink, RecordLinks } from '../common/RecordLink';
import { DayField, InstantField } from '../common/values';

/** A letter of interest: who applies, its narrative, and its reviews. */
export function ApplicationShow() {
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Summary">
          <RecordLink source="lea" reference="organizations" label="Applicant" />
          <RecordLinks source="memberLeas" reference="organizations" label="Consortium members" />
          <RecordLink source="cohort" reference="cohorts" />
          <RecordLink source="focusSchool" reference="organizations" />
          <EnumField source="status" enumName="ApplicationStatus" />
          <InstantField source="submittedAt" />
          <BooleanField source="isLate" />
          <InstantField source="decidedAt" />
          <RecordLink source="team" reference="teams" />
          <TextField source="contactName" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <EmailField source="contactEmail" emptyText="—" />
          <TextField source="superintendentName" emptyText="—" />
          <DayField source="signedOn" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Narrative" path="narrative">
          <TextField source="districtDescription" emptyText="—" />
          <TextField source="motivation" emptyText="—" />
          <TextField source="engagementHistory" emptyText="—" />
          <TextField source="difficultConversations" emptyText="—" />
          <TextField source="underservedEngagement" emptyText="—" />
          <TextField source="ruralCircumstances" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Reviews" path="reviews">
          <ReferenceManyField reference="reviews" target="applicationId" label={false}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="reviewer.displayName" label="Reviewer" disableSort />
              <DataTable.Col source="submittedAt" field={InstantField} />
              <DataTable.Col source="comment" disableSort />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
