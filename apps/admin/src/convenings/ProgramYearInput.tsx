import {
  nextProgramYear,
  programYearBounds,
  programYearOf,
  programYearsBetween,
  todayInPacific,
} from '@cei/domain';
import { SelectInput } from 'react-admin';
import type { PickerProps } from '../common/pickerProps';

/** CEI began in the 2018-19 school year (AB 1808). */
const FIRST_PROGRAM_YEAR = '2018-19';

function programYearChoices() {
  const last = nextProgramYear(programYearOf(todayInPacific()));
  return programYearsBetween(
    programYearBounds(FIRST_PROGRAM_YEAR).start,
    programYearBounds(last).end,
  )
    .reverse()
    .map((year) => ({ id: year, name: year }));
}

/** Picks a program year (1 July to 30 June), from the first of CEI to next year. */
export function ProgramYearInput({
  source = 'programYear',
  validate,
  helperText,
  label,
}: PickerProps) {
  return (
    <SelectInput
      source={source}
      choices={programYearChoices()}
      translateChoice={false}
      label={label}
      validate={validate}
      helperText={helperText}
    />
  );
}
