import { labelOf, personKindForRole, type TeamRole, teamRoleDescription } from '@cei/domain';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useOwnTeamIds } from '../auth/useOwnTeamIds';
import { EnumInput, useUiLanguage } from '../common/enums';
import { TeamReferenceInput } from '../teams/TeamReferenceInput';
import { PersonReferenceInput } from './PersonReferenceInput';

interface MembershipFormData {
  role?: TeamRole;
  endedOn?: string | null;
}

/**
 * The form of a membership: a person on a team in a role, representing an organization, from a
 * start date to an optional end date. The team and the person are chosen on creation only, the
 * role first, so that the person picker offers only the people who can fill that seat; when
 * someone leaves, the membership is ended (end date and reason), not deleted.
 */
export function MembershipInputs({ creating = false }: { creating?: boolean }) {
  const language = useUiLanguage();
  const ownTeams = useOwnTeamIds();
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <TeamReferenceInput
        validate={required()}
        disabled={!creating}
        filter={ownTeams ? { ids: ownTeams } : undefined}
      />
      <FormDataConsumer<MembershipFormData>>
        {({ formData }) => (
          <>
            <EnumInput
              source="role"
              enumName="TeamRole"
              validate={required()}
              helperText={formData.role ? teamRoleDescription(formData.role, language) : undefined}
            />
            <PersonReferenceInput
              validate={required()}
              disabled={!creating}
              allowCreate={creating}
              kind={creating && formData.role ? personKindForRole(formData.role) : undefined}
              helperText={
                creating && formData.role
                  ? translate('cei.memberships.eligiblePeople', {
                      kind: labelOf('PersonKind', personKindForRole(formData.role), language),
                    })
                  : undefined
              }
            />
          </>
        )}
      </FormDataConsumer>
      <ReferenceInput
        source="organizationId"
        reference="organizations"
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput
          optionText="name"
          helperText="cei.memberships.organizationHelp"
          fullWidth
        />
      </ReferenceInput>
      <DateInput source="startedOn" validate={required()} />
      <DateInput source="endedOn" helperText="cei.memberships.endedOnHelp" />
      <FormDataConsumer<MembershipFormData>>
        {({ formData }) =>
          formData.endedOn ? (
            <>
              <EnumInput source="endReason" enumName="MembershipEndReason" validate={required()} />
              <TextInput source="endNote" multiline />
            </>
          ) : null
        }
      </FormDataConsumer>
    </Box>
  );
}
