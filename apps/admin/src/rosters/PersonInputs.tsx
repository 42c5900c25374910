import { PersonKind } from '@cei/domain';
import { Box } from '@mui/material';
import {
  AutocompleteInput,
  email,
  maxLength,
  ReferenceInput,
  required,
  TextInput,
} from 'react-admin';
import { EnumInput } from '../common/enums';

export function PersonInputs() {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 640 }}>
      <EnumInput
        source="kind"
        enumName="PersonKind"
        validate={required()}
        helperText="cei.people.kindHelp"
      />
      <TextInput source="givenName" validate={[required(), maxLength(100)]} />
      <TextInput source="familyName" validate={[required(), maxLength(100)]} />
      <TextInput source="title" helperText="cei.people.titleHelp" />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="phone" type="tel" />
      <EnumInput source="preferredLanguage" enumName="Language" />
      <ReferenceInput
        source="employerId"
        reference="organizations"
        sort={{ field: 'name', order: 'ASC' }}
      >
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
    </Box>
  );
}

export const newPersonDefaults = { kind: PersonKind.PROFESSIONAL };
