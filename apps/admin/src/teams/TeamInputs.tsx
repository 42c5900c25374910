import { OrganizationKind } from '@cei/domain';
import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  ReferenceArrayInput,
  required,
  TextInput,
} from 'react-admin';
import { CohortReferenceInput } from '../cohorts/CohortReferenceInput';
import { EnumInput } from '../common/enums';
import { OrganizationReferenceInput } from '../organizations/OrganizationReferenceInput';

/** The form of a team. Its cohort is chosen on creation only: a team belongs to one cohort. */
export function TeamInputs({ creating = false }: { creating?: boolean }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <CohortReferenceInput
        validate={required()}
        disabled={!creating}
        helperText={creating ? undefined : 'cei.teams.cohortKept'}
      />
      <OrganizationReferenceInput
        source="leadLeaId"
        kind={OrganizationKind.LEA}
        validate={required()}
      />
      <TextInput source="name" validate={maxLength(200)} helperText="cei.teams.nameHelp" />
      <ReferenceArrayInput
        source="memberLeaIds"
        reference="organizations"
        filter={{ kind: OrganizationKind.LEA }}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteArrayInput optionText="name" helperText="cei.teams.memberLeasHelp" />
      </ReferenceArrayInput>
      <FormDataConsumer<{ leadLeaId?: string }>>
        {({ formData }) => (
          <OrganizationReferenceInput
            source="focusSchoolId"
            kind={OrganizationKind.SCHOOL}
            filter={formData.leadLeaId ? { leaId: formData.leadLeaId } : undefined}
            helperText="cei.teams.focusSchoolHelp"
          />
        )}
      </FormDataConsumer>
      <EnumInput source="status" enumName="TeamStatus" />
      <DateInput source="joinedOn" validate={required()} />
      <DateInput source="commitmentEndsOn" />
      <TextInput
        source="problemOfPractice"
        multiline
        minRows={3}
        helperText="cei.teams.problemOfPracticeHelp"
      />
    </Box>
  );
}
