import { formatMoney, INTL_LOCALE, PACIFIC_TIME_ZONE, type UiLanguage } from '@cei/domain';
import { Typography } from '@mui/material';
import {
  DateField,
  type DateFieldProps,
  type FieldProps,
  NumberField,
  type NumberFieldProps,
  useFieldValue,
} from 'react-admin';
import { useUiLanguage } from './enums';

const DAY: Intl.DateTimeFormatOptions = { timeZone: 'UTC', dateStyle: 'medium' };
const INSTANT: Intl.DateTimeFormatOptions = {
  timeZone: PACIFIC_TIME_ZONE,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * Dates, numbers and money follow the interface's language (`en-US`, `es-US`: "Aug 29, 2019",
 * "29 ago 2019"), not the browser's, so a page reads in one language.
 */
function useIntlLocale(): string {
  return INTL_LOCALE[useUiLanguage()];
}

/** A calendar day (`Date`, `2019-08-29`), shown as the same day wherever the browser is. */
export function DayField(props: DateFieldProps) {
  return <DateField options={DAY} emptyText="—" locales={useIntlLocale()} {...props} />;
}

/** An instant (`DateTime`), shown in Pacific time as the program sets its deadlines and sessions. */
export function InstantField(props: DateFieldProps) {
  return (
    <DateField showTime options={INSTANT} emptyText="—" locales={useIntlLocale()} {...props} />
  );
}

/** A number (a score, a count, a measured value). */
export function LocaleNumberField(props: NumberFieldProps) {
  return <NumberField locales={useIntlLocale()} {...props} />;
}

/** A `Decimal` amount of US dollars. */
export function MoneyField(props: FieldProps) {
  const value = useFieldValue(props);
  const language = useUiLanguage();
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' && value !== '' ? formatMoney(value, language) : '—'}
    </Typography>
  );
}

/** An instant as text, in Pacific time ("Jun 16, 2022, 9:00 AM PDT"), for sentences and badges. */
export function formatInstant(value: string | Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], INSTANT).format(new Date(value));
}

/** A score as text with one decimal ("4.5"), as scores are compared. */
export function formatScore(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(INTL_LOCALE[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A calendar day (`2019-08-29`) as text ("Aug 29, 2019"), the same day wherever the browser is. */
export function formatDay(value: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], DAY).format(new Date(value));
}
