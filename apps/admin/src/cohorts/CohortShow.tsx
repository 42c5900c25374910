import {
  CreateButton,
  DataTable,
  ReferenceManyField,
  RichTextField,
  Show,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { CohortRanking } from '../applications/CohortRanking';
import { RubricEditor } from '../applications/RubricEditor';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { RecordLink } from '../common/RecordLink';
import { RecordTitle } from '../common/RecordTitle';
import { DayField, InstantField, LocaleNumberField, MoneyField } from '../common/values';
import { CohortActions } from './CohortActions';

/** A cohort with its teams, its convenings, the teams facilitating it and its deadline history. */
export function CohortShow() {
  // Applications are CEI staff's: others get no tab for them.
  const { can } = useAccess();
  return (
    <Show title={<RecordTitle />} actions={<CohortActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="cei.cohorts.tabs.summary">
          <TextField source="name" />
          <LocaleNumberField source="number" />
          <EnumField source="phase" enumName="Phase" />
          <EnumField source="status" enumName="CohortStatus" />
          <RichTextField source="description" emptyText="—" />
          <InstantField source="applicationOpensAt" />
          <InstantField source="applicationDueAt" />
          <DayField source="firstConveningOn" />
          <LocaleNumberField source="minimumCommitmentYears" emptyText="—" />
          <LocaleNumberField source="conveningsExpectedPerYear" />
          <MoneyField source="stipendPerTeamPerYear" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cei.cohorts.tabs.teams" path="teams">
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
        <TabbedShowLayout.Tab label="cei.cohorts.tabs.convenings" path="convenings">
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
          <TabbedShowLayout.Tab label="cei.cohorts.tabs.applications" path="applications">
            <CohortApplications />
          </TabbedShowLayout.Tab>
        )}
        {can('list', 'rubricCriteria') && (
          <TabbedShowLayout.Tab label="cei.cohorts.tabs.rubric" path="rubric">
            <CohortRubric />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="cei.cohorts.tabs.facilitatedBy" path="facilitations">
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
        <TabbedShowLayout.Tab label="cei.cohorts.tabs.deadlines" path="deadlines">
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

/** The cohort's applications in rank order, and a new one while it recruits. */
function CohortApplications() {
  const cohort = useRecordContext<{ id: string; status: string }>();
  const { can } = useAccess();
  if (!cohort) return null;
  return (
    <>
      {cohort.status === 'RECRUITING' && can('create', 'applications') && (
        <CreateButton
          resource="applications"
          label="cei.applications.new"
          state={{ record: { cohortId: cohort.id } }}
          sx={{ mb: 1 }}
        />
      )}
      <CohortRanking cohortId={cohort.id} />
    </>
  );
}

function CohortRubric() {
  const cohort = useRecordContext<{ id: string }>();
  return cohort ? <RubricEditor cohortId={cohort.id} /> : null;
}
