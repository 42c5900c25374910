import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { personName } from '../common/people';
import type { PickerProps } from '../common/pickerProps';

/** Picks a person by typing part of their name or email. */
export function PersonReferenceInput({
  source = 'personId',
  validate,
  disabled,
  helperText,
  label,
}: PickerProps) {
  return (
    <ReferenceInput source={source} reference="people" sort={{ field: 'familyName', order: 'ASC' }}>
      <AutocompleteInput
        optionText={personName}
        inputText={personName}
        label={label}
        validate={validate}
        disabled={disabled}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
}
