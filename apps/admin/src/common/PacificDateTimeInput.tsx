import { pacificDateTimeOf, pacificToInstant } from '@cei/domain';
import { DateTimeInput, type DateTimeInputProps } from 'react-admin';

/** The stored instant as Pacific wall-clock time, the `YYYY-MM-DDTHH:MM` a datetime input shows. */
export function toPacificInputValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) return '';
  const { date, time } = pacificDateTimeOf(instant);
  return `${date}T${time}`;
}

/** What the input shows, read as Pacific wall-clock time, as the ISO instant the API takes. */
export function fromPacificInputValue(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value ?? '');
  if (!match) return null;
  return pacificToInstant(match[1] as string, match[2] as string).toISOString();
}

/**
 * An instant entered as Pacific time, whatever the browser's time zone: deadlines and sessions
 * are announced that way ("16 June 2022, 9 a.m. Pacific").
 */
export function PacificDateTimeInput(props: DateTimeInputProps) {
  return (
    <DateTimeInput
      helperText="cei.common.pacificTime"
      {...props}
      format={toPacificInputValue}
      parse={fromPacificInputValue}
    />
  );
}
