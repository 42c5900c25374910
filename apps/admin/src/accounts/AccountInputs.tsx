import { OrganizationKind, Role } from '@cei/domain';
import { Box, FormHelperText } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  email,
  FormDataConsumer,
  maxLength,
  minLength,
  PasswordInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextInput,
  useInput,
} from 'react-admin';
import { EnumInput } from '../common/enums';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
];

const PASSWORD_RULES = [minLength(12, 'At least 12 characters')];

/**
 * The form of an account: who it is, its role, and the records its role is bound to (county
 * offices for a liaison, one community organization for a partner, teams for a team lead), the
 * only picker shown being the one the chosen role takes.
 */
export function AccountInputs({ creating = false }: { creating?: boolean }) {
  return (
    <FormDataConsumer<{ role?: Role }>>
      {({ formData }) => <RoleInputs creating={creating} role={formData.role} />}
    </FormDataConsumer>
  );
}

function RoleInputs({ creating, role }: { creating: boolean; role: Role | undefined }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <TextInput
        source="email"
        type="email"
        validate={creating ? [required(), email()] : undefined}
        disabled={!creating}
        helperText={creating ? 'The sign-in email' : 'An account keeps its sign-in email.'}
      />
      <TextInput
        source="displayName"
        label="Name"
        validate={maxLength(200)}
        helperText="As the interface shows it; the email when left empty"
      />
      <EnumInput source="role" enumName="Role" validate={required()} />
      <ScopeInputs role={role} />
      <SelectInput source="language" choices={LANGUAGES} validate={required()} />
      {creating ? (
        <PasswordInput
          source="password"
          label="Initial password"
          autoComplete="new-password"
          validate={role === Role.API_PARTNER ? PASSWORD_RULES : [required(), ...PASSWORD_RULES]}
          helperText={
            role === Role.API_PARTNER
              ? 'Optional: an API partner may use API tokens only'
              : 'At least 12 characters; the user changes it from their menu'
          }
        />
      ) : (
        <>
          <PasswordInput
            source="password"
            label="New password"
            autoComplete="new-password"
            validate={PASSWORD_RULES}
            helperText="Leave empty to keep the current one. A new password signs the account out everywhere."
          />
          <BooleanInput
            source="disabled"
            label="Disabled"
            helperText="A disabled account cannot sign in; its sessions end at once."
          />
        </>
      )}
    </Box>
  );
}

/** The scope pickers of a role, and the server's objections to the scope as a whole. */
function ScopeInputs({ role }: { role: Role | undefined }) {
  // The server names a wrong scope as a whole (`input.scope`): no picker stands for it, so it is
  // read here and shown below the pickers.
  const { fieldState } = useInput({ source: 'scope' });
  const problem = fieldState.error?.message;
  return (
    <>
      {role === Role.COE_LIAISON && (
        <ReferenceArrayInput
          source="organizationIds"
          reference="organizations"
          filter={{ kind: OrganizationKind.COUNTY_OFFICE }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteArrayInput
            optionText="name"
            label="County offices"
            validate={required()}
            helperText="The liaison sees the teams of these county offices' districts"
          />
        </ReferenceArrayInput>
      )}
      {role === Role.CBO_PARTNER && (
        <OrganizationReferenceInput
          source="organizationId"
          kind={OrganizationKind.COMMUNITY_ORGANIZATION}
          label="Community organization"
          validate={required()}
          helperText="The partner sees the teams this organization has members on"
        />
      )}
      {role === Role.TEAM_LEAD && (
        <ReferenceArrayInput
          source="teamIds"
          reference="teams"
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteArrayInput
            optionText="name"
            label="Teams"
            validate={required()}
            helperText="The lead keeps these teams' rosters"
          />
        </ReferenceArrayInput>
      )}
      {problem && <FormHelperText error>{problem}</FormHelperText>}
    </>
  );
}

/**
 * The scope the chosen role takes, as the API's input: the pickers of other roles may still
 * hold values from before the role changed, and must not be sent.
 */
export function scopeForRole(data: Record<string, unknown>): Record<string, unknown> {
  const { organizationId, ...rest } = data;
  const ids = (value: unknown) => (Array.isArray(value) ? value : []);
  switch (data.role) {
    case Role.COE_LIAISON:
      return { ...rest, organizationIds: ids(data.organizationIds), teamIds: [] };
    case Role.CBO_PARTNER:
      return { ...rest, organizationIds: organizationId ? [organizationId] : [], teamIds: [] };
    case Role.TEAM_LEAD:
      return { ...rest, organizationIds: [], teamIds: ids(data.teamIds) };
    default:
      return { ...rest, organizationIds: [], teamIds: [] };
  }
}
