import { AutocompleteInput, ReferenceInput } from 'react-admin';
import type { PickerProps } from '../common/pickerProps';

/** Picks a team by typing part of its name; `filter` narrows the choices. */
export function TeamReferenceInput({
  source = 'teamId',
  validate,
  disabled,
  helperText,
  label,
  filter,
}: PickerProps & { filter?: Record<string, unknown> }) {
  return (
    <ReferenceInput
      source={source}
      reference="teams"
      sort={{ field: 'name', order: 'ASC' }}
      filter={filter}
    >
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
