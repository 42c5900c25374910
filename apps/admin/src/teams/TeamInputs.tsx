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
        helperText={creating ? undefined : 'A team stays in the cohort it joined.'}
      />
      <OrganizationReferenceInput
        source="leadLeaId"
        kind={OrganizationKind.LEA}
        validate={required()}
      />
      <TextInput
        source="name"
        validate={maxLength(200)}
        helperText="The lead LEA's name when left empty"
      />
      <ReferenceArrayInput
        source="memberLeaIds"
        reference="organizations"
        filter={{ kind: OrganizationKind.LEA }}
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteArrayInput
          optionText="name"
          helperText="For a consortium team: its LEAs other than the lead"
        />
      </ReferenceArrayInput>
      <FormDataConsumer<{ leadLeaId?: string }>>
        {({ formData }) => (
          <OrganizationReferenceInput
            source="focusSchoolId"
            kind={OrganizationKind.SCHOOL}
            filter={formData.leadLeaId ? { leaId: formData.leadLeaId } : undefined}
            helperText="The school site where the team tests its problem of practice"
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
        helperText="A change is kept as a new version; earlier ones stay on the team's page."
      />
    </Box>
  );
}
