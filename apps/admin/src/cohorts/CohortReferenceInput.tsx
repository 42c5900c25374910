import { ReferenceInput, SelectInput } from 'react-admin';
import type { PickerProps } from '../common/pickerProps';

/** Picks a cohort: there are few, so a plain select in cohort order. */
export function CohortReferenceInput({
  source = 'cohortId',
  validate,
  disabled,
  helperText,
  label,
}: PickerProps) {
  return (
    <ReferenceInput
      source={source}
      reference="cohorts"
      sort={{ field: 'number', order: 'ASC' }}
      perPage={100}
    >
      <SelectInput
        optionText="name"
        label={label}
        validate={validate}
        disabled={disabled}
        helperText={helperText}
      />
    </ReferenceInput>
  );
}
