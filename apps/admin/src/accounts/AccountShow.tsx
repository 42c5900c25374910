import { Role } from '@cei/domain';
import {
  EmailField,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EnumField } from '../common/enums';
import { personName } from '../common/people';
import { RecordLink, RecordLinks } from '../common/RecordLink';
import { InstantField } from '../common/values';
import { ApiTokenPanel } from './ApiTokenPanel';

const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
];

/** An account, the records its scope is bound to and, for an API partner, its tokens. */
export function AccountShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="displayName" label="Name" />
        <EmailField source="email" />
        <EnumField source="role" enumName="Role" />
        <Scope />
        <SelectField source="language" choices={LANGUAGES} />
        <RecordLink source="person" reference="people" text={personName} label="On rosters as" />
        <InstantField source="lastSignInAt" />
        <InstantField source="disabledAt" label="Disabled" />
        <InstantField source="createdAt" />
      </SimpleShowLayout>
      <Tokens />
    </Show>
  );
}

interface AccountRecord {
  id: string;
  role: Role;
}

/** The bound county offices, organization or teams, as the role takes them. */
function Scope() {
  const account = useRecordContext<AccountRecord>();
  switch (account?.role) {
    case Role.COE_LIAISON:
      return (
        <Labeled label="County offices">
          <RecordLinks source="scopeOrganizations" reference="organizations" />
        </Labeled>
      );
    case Role.CBO_PARTNER:
      return (
        <Labeled label="Community organization">
          <RecordLinks source="scopeOrganizations" reference="organizations" />
        </Labeled>
      );
    case Role.TEAM_LEAD:
      return (
        <Labeled label="Teams">
          <RecordLinks source="scopeTeams" reference="teams" />
        </Labeled>
      );
    default:
      return null;
  }
}

function Tokens() {
  const account = useRecordContext<AccountRecord>();
  if (account?.role !== Role.API_PARTNER) return null;
  return <ApiTokenPanel accountId={account.id} />;
}
