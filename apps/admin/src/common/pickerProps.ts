import type { Validator } from 'react-admin';

/** What the inputs that pick a record or a value take, as form inputs and as list filters. */
export interface PickerProps {
  source?: string;
  label?: string;
  validate?: Validator | Validator[];
  disabled?: boolean;
  helperText?: string | false;
  /** As a list filter: shown without being added from the filter menu (read by react-admin). */
  alwaysOn?: boolean;
}
