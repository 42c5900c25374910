import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Button } from '@mui/material';
import {
  BooleanField,
  DataTable,
  EditButton,
  FunctionField,
  Link,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink, RecordLinks } from '../common/RecordLink';
import { InstantField, LocaleNumberField } from '../common/values';
import { Section } from '../layout/Section';
import { AttendanceRate } from './AttendanceRate';
import type { AttendanceSummary } from './convening.graphql';

export function ConveningShow() {
  // Attendance records are protected: CEI staff and the team's lead read them.
  const { can } = useAccess();
  return (
    <Show actions={<ConveningActions />}>
      <SimpleShowLayout>
        <TextField source="title" emptyText="—" />
        <RecordLinks source="cohorts" reference="cohorts" />
        <TextField source="programYear" />
        <LocaleNumberField source="number" />
        <EnumField source="kind" enumName="ConveningKind" />
        <EnumField source="modality" enumName="Modality" />
        <InstantField source="startsAt" />
        <InstantField source="endsAt" />
        <TextField source="venue" emptyText="—" />
        <UrlField source="videoUrl" emptyText="—" target="_blank" rel="noreferrer" />
        <BooleanField source="overnightStay" />
        <FunctionField
          source="attendanceSummary"
          render={(record: { attendanceSummary?: AttendanceSummary | null }) => (
            <AttendanceRate summary={record.attendanceSummary} />
          )}
        />
      </SimpleShowLayout>
      {can('list', 'attendances') && (
        <Section title="cei.attendance.tab">
          <ReferenceManyField
            reference="attendances"
            target="conveningId"
            perPage={100}
            sort={{ field: 'status', order: 'ASC' }}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col
                source="membership.person"
                label="resources.attendances.fields.person"
                disableSort
              >
                <RecordLink source="membership.person" reference="people" text={personName} />
              </DataTable.Col>
              <DataTable.Col
                source="membership.team"
                label="resources.attendances.fields.team"
                disableSort
              >
                <RecordLink source="membership.team" reference="teams" />
              </DataTable.Col>
              <DataTable.Col
                source="membership.role"
                label="resources.attendances.fields.role"
                disableSort
              >
                <EnumField source="membership.role" enumName="TeamRole" />
              </DataTable.Col>
              <DataTable.Col source="status">
                <EnumField source="status" enumName="AttendanceStatus" />
              </DataTable.Col>
              <DataTable.Col source="mode" disableSort>
                <EnumField source="mode" enumName="AttendanceMode" emptyText="" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Section>
      )}
    </Show>
  );
}

/** Enter the attendance (CEI staff), edit the convening. */
function ConveningActions() {
  const convening = useRecordContext();
  const { can } = useAccess();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!convening) return null;
  const show = createPath({ resource: 'convenings', id: convening.id, type: 'show' });
  return (
    <TopToolbar>
      {can('record', 'attendances') && (
        <Button
          size="small"
          variant="contained"
          startIcon={<HowToRegIcon />}
          component={Link}
          to={show.replace(/\/show$/, '/attendance')}
        >
          {translate('cei.attendance.enter')}
        </Button>
      )}
      {can('edit', 'convenings') && <EditButton />}
    </TopToolbar>
  );
}
