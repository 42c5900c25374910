import { EmailField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink } from '../common/RecordLink';
import { InstantField } from '../common/values';

export function AccountShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="displayName" />
        <EmailField source="email" />
        <EnumField source="role" enumName="Role" />
        <TextField source="language" />
        <RecordLink source="person" reference="people" text={personName} label="On rosters as" />
        <InstantField source="lastSignInAt" />
        <InstantField source="disabledAt" />
        <InstantField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
}
