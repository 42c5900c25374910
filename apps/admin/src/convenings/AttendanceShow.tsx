import { Show, SimpleShowLayout } from 'react-admin';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { conveningName } from './conveningName';

export function AttendanceShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <RecordLink source="convening" reference="convenings" text={conveningName} />
        <RecordLink
          source="membership.person"
          reference="people"
          text={personName}
          label="resources.attendances.fields.person"
        />
        <RecordLink
          source="membership.team"
          reference="teams"
          label="resources.attendances.fields.team"
        />
        <EnumField
          source="membership.role"
          enumName="TeamRole"
          label="resources.attendances.fields.role"
        />
        <EnumField source="status" enumName="AttendanceStatus" />
        <EnumField source="mode" enumName="AttendanceMode" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
