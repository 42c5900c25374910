import {
  BooleanField,
  DataTable,
  NumberField,
  ReferenceManyField,
  RichTextField,
  Show,
  TabbedShowLayout,
  TextField,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { RecordTitle } from '../common/RecordTitle';
import { DayField, InstantField, MoneyField } from '../common/values';

/** A cohort with its teams, its convenings, the teams facilitating it and its deadline history. */
export function CohortShow() {
  // Applications are CEI staff's: others get no tab for them.
  const { can } = useAccess();
  return (
    <Show title={<RecordTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="Summary">
          <TextField source="name" />
          <NumberField source="number" />
          <EnumField source="phase" enumName="Phase" />
          <EnumField source="status" enumName="CohortStatus" />
          <RichTextField source="description" emptyText="—" />
          <InstantField source="applicationOpensAt" />
          <InstantField source="applicationDueAt" />
          <DayField source="firstConveningOn" />
          <NumberField source="minimumCommitmentYears" emptyText="—" />
          <NumberField source="conveningsExpectedPerYear" />
          <MoneyField source="stipendPerTeamPerYear" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Teams" path="teams">
          <ReferenceManyField
            reference="teams"
            target="cohortId"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={100}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" />
              <DataTable.Col source="leadLea" disableSort>
                <RecordLink source="leadLea" reference="organizations" />
              </DataTable.Col>
              <DataTable.Col source="status">
                <EnumField source="status" enumName="TeamStatus" />
              </DataTable.Col>
              <DataTable.Col source="joinedOn" field={DayField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Convenings" path="convenings">
          <ReferenceManyField
            reference="convenings"
            target="cohortId"
            sort={{ field: 'startsAt', order: 'ASC' }}
            perPage={100}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="programYear" />
              <DataTable.Col source="number" />
              <DataTable.Col source="startsAt" field={InstantField} />
              <DataTable.Col source="kind">
                <EnumField source="kind" enumName="ConveningKind" />
              </DataTable.Col>
              <DataTable.Col source="modality" disableSort>
                <EnumField source="modality" enumName="Modality" />
              </DataTable.Col>
              <DataTable.Col source="title" disableSort />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        {can('list', 'applications') && (
          <TabbedShowLayout.Tab label="Applications" path="applications">
            <ReferenceManyField
              reference="applications"
              target="cohortId"
              sort={{ field: 'submittedAt', order: 'ASC' }}
              perPage={100}
              label={false}
            >
              <DataTable rowClick="show" bulkActionButtons={false}>
                <DataTable.Col source="lea" label="Applicant" disableSort>
                  <RecordLink source="lea" reference="organizations" />
                </DataTable.Col>
                <DataTable.Col source="status">
                  <EnumField source="status" enumName="ApplicationStatus" />
                </DataTable.Col>
                <DataTable.Col source="submittedAt" field={InstantField} />
                <DataTable.Col source="isLate" field={BooleanField} disableSort />
              </DataTable>
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="Facilitated by" path="facilitations">
          <ReferenceManyField
            reference="facilitations"
            target="cohortId"
            sort={{ field: 'startedOn', order: 'ASC' }}
            label={false}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="team" disableSort>
                <RecordLink source="team" reference="teams" />
              </DataTable.Col>
              <DataTable.Col source="startedOn" field={DayField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="Deadline history" path="deadlines">
          <ReferenceManyField
            reference="cohortDeadlines"
            target="cohortId"
            sort={{ field: 'setAt', order: 'ASC' }}
            label={false}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="dueAt" field={InstantField} />
              <DataTable.Col source="setAt" field={InstantField} />
              <DataTable.Col source="reason" disableSort />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
