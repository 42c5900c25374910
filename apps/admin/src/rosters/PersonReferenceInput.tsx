import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { personName } from '../common/people';
import type { PickerProps } from '../common/pickerProps';
import { CreatePersonDialog } from './CreatePersonDialog';

/**
 * Picks a person by typing part of their name or email; with `allowCreate`, offers to add
 * someone not found (CreatePersonDialog).
 */
export function PersonReferenceInput({
  source = 'personId',
  validate,
  disabled,
  helperText,
  label,
  allowCreate = false,
}: PickerProps & { allowCreate?: boolean }) {
  return (
    <ReferenceInput source={source} reference="people" sort={{ field: 'familyName', order: 'ASC' }}>
      <AutocompleteInput
        optionText={personName}
        inputText={personName}
        label={label}
        validate={validate}
        disabled={disabled}
        helperText={helperText}
        create={allowCreate ? <CreatePersonDialog /> : undefined}
        createItemLabel="cei.people.createItem"
        fullWidth
      />
    </ReferenceInput>
  );
}
