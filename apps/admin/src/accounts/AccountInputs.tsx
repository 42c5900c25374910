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
import { LOCALES } from '../i18n/languages';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

/** The interface languages, each named in itself. */
export const LANGUAGE_CHOICES = LOCALES.map(({ locale, name }) => ({ id: locale, name }));

const PASSWORD_RULES = [minLength(12, 'cei.account.passwordLength')];

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
        helperText={creating ? 'cei.accounts.emailHelp' : 'cei.accounts.emailKept'}
      />
      <TextInput
        source="displayName"
        validate={maxLength(200)}
        helperText="cei.accounts.displayNameHelp"
      />
      <EnumInput source="role" enumName="Role" validate={required()} />
      <ScopeInputs role={role} />
      <SelectInput
        source="language"
        choices={LANGUAGE_CHOICES}
        translateChoice={false}
        emptyText="cei.accounts.languageUnset"
        helperText="cei.accounts.languageHelp"
      />
      {creating ? (
        <PasswordInput
          source="password"
          label="cei.accounts.initialPassword"
          autoComplete="new-password"
          validate={role === Role.API_PARTNER ? PASSWORD_RULES : [required(), ...PASSWORD_RULES]}
          helperText={
            role === Role.API_PARTNER
              ? 'cei.accounts.apiPartnerPasswordHelp'
              : 'cei.accounts.initialPasswordHelp'
          }
        />
      ) : (
        <>
          <PasswordInput
            source="password"
            label="cei.account.newPassword"
            autoComplete="new-password"
            validate={PASSWORD_RULES}
            helperText="cei.accounts.newPasswordHelp"
          />
          <BooleanInput source="disabled" helperText="cei.accounts.disabledHelp" />
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
            validate={required()}
            helperText="cei.accounts.countyOfficesHelp"
          />
        </ReferenceArrayInput>
      )}
      {role === Role.CBO_PARTNER && (
        <OrganizationReferenceInput
          source="organizationId"
          kind={OrganizationKind.COMMUNITY_ORGANIZATION}
          validate={required()}
          helperText="cei.accounts.organizationHelp"
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
            validate={required()}
            helperText="cei.accounts.teamsHelp"
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
