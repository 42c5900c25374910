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
import { LANGUAGE_CHOICES } from './AccountInputs';
import { ApiTokenPanel } from './ApiTokenPanel';

/** An account, the records its scope is bound to and, for an API partner, its tokens. */
export function AccountShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="displayName" />
        <EmailField source="email" />
        <EnumField source="role" enumName="Role" />
        <Scope />
        <SelectField
          source="language"
          choices={LANGUAGE_CHOICES}
          translateChoice={false}
          emptyText="cei.accounts.languageUnset"
        />
        <RecordLink source="person" reference="people" text={personName} />
        <InstantField source="lastSignInAt" />
        <InstantField source="disabledAt" />
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
        <Labeled label="resources.accounts.fields.organizationIds">
          <RecordLinks source="scopeOrganizations" reference="organizations" />
        </Labeled>
      );
    case Role.CBO_PARTNER:
      return (
        <Labeled label="resources.accounts.fields.organizationId">
          <RecordLinks source="scopeOrganizations" reference="organizations" />
        </Labeled>
      );
    case Role.TEAM_LEAD:
      return (
        <Labeled label="resources.accounts.fields.teamIds">
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
