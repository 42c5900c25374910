import { AutocompleteInput, ReferenceInput } from 'react-admin';
import type { PickerProps } from '../common/pickerProps';

/** Picks a team by typing part of its name. */
export function TeamReferenceInput({
  source = 'teamId',
  validate,
  disabled,
  helperText,
  label,
}: PickerProps) {
  return (
    <ReferenceInput source={source} reference="teams" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText="name"
        label={label}
        validate={validate}
        disabled={disabled}
        helperText={helperText}
        fullWidth
      />
    </ReferenceInput>
  );
}
