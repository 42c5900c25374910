import {
  DataTable,
  EditButton,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { useAccess } from '../auth/useAccess';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { DayField } from '../common/values';
import { conveningName } from '../convenings/conveningName';
import { Section } from '../layout/Section';
import { EndMembershipButton } from './EndMembershipButton';

export function MembershipShow() {
  // Attendance records are protected: CEI staff and the team's lead read them.
  const { can } = useAccess();
  return (
    <Show
      actions={
        <TopToolbar>
          <EndMembershipButton />
          {can('edit', 'memberships') && <EditButton />}
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <RecordLink source="person" reference="people" text={personName} />
        <RecordLink source="team" reference="teams" />
        <EnumField source="role" enumName="TeamRole" />
        <RecordLink source="organization" reference="organizations" />
        <DayField source="startedOn" />
        <DayField source="endedOn" />
        <EnumField source="endReason" enumName="MembershipEndReason" emptyText="—" />
        <TextField source="endNote" emptyText="—" />
      </SimpleShowLayout>
      {can('list', 'attendances') && (
        <Section title="cei.attendance.tab">
          <ReferenceManyField
            reference="attendances"
            target="membershipId"
            sort={{ field: 'createdAt', order: 'DESC' }}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="convening" disableSort>
                <RecordLink source="convening" reference="convenings" text={conveningName} />
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
