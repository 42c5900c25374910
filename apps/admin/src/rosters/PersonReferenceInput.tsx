import { labelOf, type PersonKind } from '@cei/domain';
import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { useUiLanguage } from '../common/enums';
import { personName } from '../common/people';
import type { PickerProps } from '../common/pickerProps';
import { CreatePersonDialog } from './CreatePersonDialog';

interface PersonChoice {
  givenName?: unknown;
  familyName?: unknown;
  kind?: PersonKind | null;
}

/**
 * Picks a person by typing part of their name or email, each offered with their kind (a seat
 * takes one kind: `personKindForRole`); with `kind`, only people of that kind are offered; with
 * `allowCreate`, offers to add someone not found (CreatePersonDialog).
 */
export function PersonReferenceInput({
  source = 'personId',
  validate,
  disabled,
  helperText,
  label,
  allowCreate = false,
  kind,
}: PickerProps & { allowCreate?: boolean; kind?: PersonKind }) {
  const language = useUiLanguage();
  const optionText = (person: PersonChoice) =>
    person.kind
      ? `${personName(person)} (${labelOf('PersonKind', person.kind, language)})`
      : personName(person);
  return (
    <ReferenceInput
      source={source}
      reference="people"
      sort={{ field: 'familyName', order: 'ASC' }}
      filter={kind ? { kind } : undefined}
    >
      <AutocompleteInput
        optionText={optionText}
        inputText={optionText}
        label={label}
        validate={validate}
        disabled={disabled}
        helperText={helperText}
        create={allowCreate ? <CreatePersonDialog kind={kind} /> : undefined}
        createItemLabel="cei.people.createItem"
        fullWidth
      />
    </ReferenceInput>
  );
}
