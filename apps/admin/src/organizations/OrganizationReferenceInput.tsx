import type { OrganizationKind } from '@cei/domain';
import { AutocompleteInput, ReferenceInput } from 'react-admin';
import type { PickerProps } from '../common/pickerProps';

interface OrganizationReferenceInputProps extends PickerProps {
  source: string;
  /** Only organizations of this kind can be chosen. */
  kind: OrganizationKind;
  /** More conditions on the choices, e.g. the schools of one LEA. */
  filter?: Record<string, unknown>;
}

/** Picks an organization of one kind (a county office, an LEA, a school) by typing its name. */
export function OrganizationReferenceInput({
  source,
  kind,
  label,
  validate,
  disabled,
  filter,
  helperText,
}: OrganizationReferenceInputProps) {
  return (
    <ReferenceInput
      source={source}
      reference="organizations"
      filter={{ ...filter, kind }}
      sort={{ field: 'name', order: 'ASC' }}
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
