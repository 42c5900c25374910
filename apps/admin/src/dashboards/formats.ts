import {
  formatMoney,
  INTL_LOCALE,
  PACIFIC_TIME_ZONE,
  programYearOf,
  todayInPacific,
  type UiLanguage,
} from '@cei/domain';
import { useMemo, useState } from 'react';
import { useUiLanguage } from '../common/enums';
import { formatDay, formatInstant } from '../common/values';

/** Numbers, rates, amounts and dates in the interface language (Intl; Pacific time for instants). */
export interface Formats {
  language: UiLanguage;
  locale: string;
  /** 0.825 → "83%" (en) / "83 %" (es). */
  percent(rate: number): string;
  number(value: number): string;
  money(amount: string): string;
  /** A rough amount for chart axes: 13274000 → "$13M". */
  moneyCompact(value: number): string;
  /** A calendar day (`2026-11-23`). */
  day(value: string): string;
  /** An instant, with its time, in Pacific time. */
  instant(value: string): string;
  /** An instant's day, in Pacific time ("Nov 23, 2026"). */
  instantDay(value: string | Date): string;
}

export function formatsFor(language: UiLanguage): Formats {
  const locale = INTL_LOCALE[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const instantDay = new Intl.DateTimeFormat(locale, {
    timeZone: PACIFIC_TIME_ZONE,
    dateStyle: 'medium',
  });
  return {
    language,
    locale,
    percent: (rate) => percent.format(rate),
    number: (value) => number.format(value),
    money: (amount) => formatMoney(amount, language),
    moneyCompact: (value) => compact.format(value),
    day: (value) => formatDay(value, language),
    instant: (value) => formatInstant(value, language),
    instantDay: (value) => instantDay.format(new Date(value)),
  };
}

export function useFormats(): Formats {
  const language = useUiLanguage();
  return useMemo(() => formatsFor(language), [language]);
}

/**
 * The moment the dashboard was opened and its day and program year in California, fixed for the
 * life of the screen: the queries' variables must not change on every render.
 */
export function useOpenedAt(): { now: string; today: string; programYear: string } {
  const [opened] = useState(() => {
    const now = new Date();
    const today = todayInPacific(now);
    return { now: now.toISOString(), today, programYear: programYearOf(today) };
  });
  return opened;
}
