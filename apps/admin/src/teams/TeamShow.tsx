import { Alert, AlertTitle, Stack } from '@mui/material';
import {
  CreateButton,
  DataTable,
  Labeled,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink, RecordLinks } from '../common/RecordLink';
import { DayField, LocaleNumberField, MoneyField } from '../common/values';
import { TeamAttendanceGrid } from '../convenings/TeamAttendanceGrid';
import { TeamAttendanceRate } from '../convenings/TeamAttendanceRate';
import { TeamAttendanceRates } from '../convenings/TeamAttendanceRates';
import { MetricProgress } from '../outcomes/MetricProgress';
import { EndMembershipButton } from '../rosters/EndMembershipButton';
import { TeamComposition } from './TeamComposition';

/**
 * A team: its cohort, LEAs and focus school first, then its roster, its problem of practice over
 * time, its funding and its outcomes, each as far as the viewer's role reads them. Teams are
 * public, so anyone may open any team; for one outside their scope (`inScope` false) the viewer
 * gets its public facts and a notice, not empty tabs the server would refuse to fill.
 */
export function TeamShow() {
  return (
    <Show>
      <TeamLayout />
    </Show>
  );
}

interface TeamRecord {
  id: string;
  inScope?: boolean;
  joinedOn: string;
  cohort?: { id: string } | null;
}

function TeamLayout() {
  const team = useRecordContext<TeamRecord>();
  const { can } = useAccess();
  const translate = useTranslate();
  if (!team) return null;
  if (team.inScope === false) return <OutOfScopeTeam />;
  const outcomes = can('list', 'measurements') || can('list', 'checkIns');
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="cei.teams.tabs.summary">
        {publicFacts}
        <TextField source="problemOfPractice" emptyText="—" />
        <TeamAttendanceRate teamId={team.id} />
        {can('show', 'applications') && (
          <RecordLink
            source="application"
            reference="applications"
            text={() => translate('cei.reviews.letter')}
          />
        )}
      </TabbedShowLayout.Tab>
      {can('list', 'memberships') && (
        <TabbedShowLayout.Tab label="cei.teams.tabs.roster" path="roster">
          <Roster />
        </TabbedShowLayout.Tab>
      )}
      {can('list', 'attendances') && team.cohort && (
        <TabbedShowLayout.Tab label="cei.attendance.tab" path="attendance">
          <TeamAttendanceGrid teamId={team.id} cohortId={team.cohort.id} joinedOn={team.joinedOn} />
        </TabbedShowLayout.Tab>
      )}
      {!can('list', 'attendances') && can('list', 'memberships') && (
        <TabbedShowLayout.Tab label="cei.attendance.tab" path="attendance">
          <TeamAttendanceRates teamId={team.id} />
        </TabbedShowLayout.Tab>
      )}
      {can('list', 'problemsOfPractice') && (
        <TabbedShowLayout.Tab label="cei.teams.tabs.problemOfPractice" path="problem-of-practice">
          <ReferenceManyField
            reference="problemsOfPractice"
            target="teamId"
            sort={{ field: 'effectiveOn', order: 'DESC' }}
            label={false}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="effectiveOn" field={DayField} />
              <DataTable.Col source="text" disableSort />
            </DataTable>
          </ReferenceManyField>
          <ReferenceManyField
            reference="facilitations"
            target="teamId"
            sort={{ field: 'startedOn', order: 'ASC' }}
            label="cei.teams.facilitates"
          >
            <DataTable bulkActionButtons={false} empty={false}>
              <DataTable.Col source="cohort" disableSort>
                <RecordLink source="cohort" reference="cohorts" />
              </DataTable.Col>
              <DataTable.Col source="startedOn" field={DayField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      )}
      {can('list', 'stipends') && (
        <TabbedShowLayout.Tab label="cei.teams.tabs.stipends" path="stipends">
          <ReferenceManyField
            reference="stipends"
            target="teamId"
            sort={{ field: 'programYear', order: 'ASC' }}
            label={false}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="programYear" />
              <DataTable.Col source="amount" field={MoneyField} />
              <DataTable.Col source="status">
                <EnumField source="status" enumName="StipendStatus" />
              </DataTable.Col>
              <DataTable.Col source="dueOn" field={DayField} />
              <DataTable.Col source="paidOn" field={DayField} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      )}
      {outcomes && (
        <TabbedShowLayout.Tab label="cei.teams.tabs.outcomes" path="outcomes">
          {can('list', 'measurements') && (
            <Labeled label="cei.outcomes.progress" fullWidth>
              <MetricProgress teamId={team.id} />
            </Labeled>
          )}
          <OutcomeButtons teamId={team.id} />
          {can('list', 'measurements') && (
            <ReferenceManyField
              reference="measurements"
              target="teamId"
              sort={{ field: 'periodStart', order: 'DESC' }}
              label="cei.outcomes.measurements"
            >
              <DataTable rowClick="show" bulkActionButtons={false}>
                <DataTable.Col source="metric" disableSort>
                  <RecordLink source="metric" reference="metrics" />
                </DataTable.Col>
                <DataTable.Col source="periodStart" field={DayField} />
                <DataTable.Col source="periodEnd" field={DayField} />
                <DataTable.Col source="value" field={LocaleNumberField} />
                <DataTable.Col
                  source="metric.unit"
                  label="resources.metrics.fields.unit"
                  disableSort
                />
              </DataTable>
            </ReferenceManyField>
          )}
          {can('list', 'checkIns') && (
            <ReferenceManyField
              reference="checkIns"
              target="teamId"
              sort={{ field: 'occurredOn', order: 'DESC' }}
              label="cei.outcomes.checkIns"
            >
              <DataTable rowClick="show" bulkActionButtons={false}>
                <DataTable.Col source="occurredOn" field={DayField} />
                <DataTable.Col source="kind">
                  <EnumField source="kind" enumName="CheckInKind" />
                </DataTable.Col>
                <DataTable.Col source="summary" disableSort />
              </DataTable>
            </ReferenceManyField>
          )}
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
}

/**
 * What anyone may know of a team (domain.md, public tier). A list of fields rather than a
 * component: show layouts label each of their children.
 */
const publicFacts = [
  <TextField key="name" source="name" />,
  <RecordLink key="cohort" source="cohort" reference="cohorts" />,
  <RecordLink key="leadLea" source="leadLea" reference="organizations" />,
  <RecordLink
    key="countyOffice"
    source="leadLea.countyOffice"
    reference="organizations"
    label="resources.teams.fields.countyOfficeId"
  />,
  <RecordLinks key="memberLeas" source="memberLeas" reference="organizations" />,
  <RecordLink key="focusSchool" source="focusSchool" reference="organizations" />,
  <EnumField key="status" source="status" enumName="TeamStatus" />,
  <DayField key="joinedOn" source="joinedOn" />,
  <DayField key="commitmentEndsOn" source="commitmentEndsOn" />,
];

function OutOfScopeTeam() {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ m: 2, mb: 0 }}>
        <AlertTitle>{translate('cei.teams.outOfScope')}</AlertTitle>
        {translate('cei.teams.outOfScopeText')}
      </Alert>
      <SimpleShowLayout>{publicFacts}</SimpleShowLayout>
    </>
  );
}

/** The members, past and present, with the composition badges and a way to add one. */
function Roster() {
  const team = useRecordContext();
  const { can } = useAccess();
  if (!team) return null;
  return (
    <>
      <TeamComposition />
      <CreateButton
        resource="memberships"
        label="cei.memberships.add"
        state={{ record: { teamId: team.id } }}
        sx={{ mb: 1 }}
      />
      <ReferenceManyField
        reference="memberships"
        target="teamId"
        sort={{ field: 'role', order: 'ASC' }}
        perPage={100}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="person" disableSort>
            <RecordLink source="person" reference="people" text={personName} />
          </DataTable.Col>
          <DataTable.Col source="role">
            <EnumField source="role" enumName="TeamRole" />
          </DataTable.Col>
          <DataTable.Col source="organization" disableSort>
            <RecordLink source="organization" reference="organizations" />
          </DataTable.Col>
          <DataTable.Col source="startedOn" field={DayField} />
          <DataTable.Col source="endedOn" field={DayField} />
          <DataTable.Col source="endReason" disableSort>
            <EnumField source="endReason" enumName="MembershipEndReason" emptyText="" />
          </DataTable.Col>
          {can('end', 'memberships') && (
            <DataTable.Col label="cei.common.actions" disableSort>
              <EndMembershipButton />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </>
  );
}

/** Record a measurement, note a check-in: each for the roles that may (no label in the tab). */
function OutcomeButtons({ teamId }: { teamId: string }) {
  const { can } = useAccess();
  return (
    <Stack direction="row" gap={1}>
      {can('create', 'measurements') && (
        <CreateButton
          resource="measurements"
          label="cei.outcomes.record"
          state={{ record: { teamId } }}
        />
      )}
      {can('create', 'checkIns') && (
        <CreateButton
          resource="checkIns"
          label="cei.outcomes.newCheckIn"
          state={{ record: { teamId } }}
        />
      )}
    </Stack>
  );
}
