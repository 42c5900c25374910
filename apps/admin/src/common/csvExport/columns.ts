import {
  type EnumName,
  type EnumValue,
  isIsoDate,
  labelOf,
  pacificDateTimeOf,
  type UiLanguage,
} from '@cei/domain';

/**
 * What a list exports, column by column: where the value is in a record, the header (the same
 * as the list's column), and how the value is written for a spreadsheet. Pure: no React, no CSV
 * library, so lists import it without loading the writer (csv.ts), which loads on export.
 */

/** A cell: text, or a number a spreadsheet computes with. Null is an empty cell. */
export type Cell = string | number | null;

type Row = Record<string, unknown>;

export interface ExportContext {
  language: UiLanguage;
  /** react-admin's translate, for the words of yes/no columns. */
  translate: (key: string, options?: Record<string, unknown>) => string;
}

export interface ExportColumn {
  /** The record's field (a dot path for nested values), as the list's column names it. */
  source: string;
  /**
   * The header as a message key or text, as the list's column gives it; without one the header
   * is `resources.<resource>.fields.<source>`, as react-admin titles the column.
   */
  label?: string;
  value: (record: Row, context: ExportContext) => Cell;
}

interface ColumnOptions {
  label?: string;
}

/** The value at a dot path (`membership.person`), or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Row)[part];
  }
  return value;
}

/** A decimal written as text by the server (`"-12.50"`, a `Decimal`). */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Doubles hold 15 significant digits exactly; longer decimals stay text rather than round. */
const EXACT_DIGITS = 15;

/**
 * A number as a spreadsheet number. The server writes money and measured values as decimal
 * strings; they become numbers when a double holds them exactly (numeric(12,2) and (14,4) always
 * do), so a negative value is data, not text that starts with "-" (which the writer escapes).
 */
export function numberCell(value: unknown): Cell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !DECIMAL.test(value)) return textCell(value);
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= EXACT_DIGITS ? Number(value) : value;
}

/** Any other value as text; objects and arrays have no text of their own here. */
export function textCell(value: unknown): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * A calendar day as the ISO date it is (`2019-08-29`), which spreadsheets read as a date, the
 * same day wherever the file is opened.
 */
export function dayCell(value: unknown): Cell {
  return isIsoDate(value) ? value : textCell(value);
}

/**
 * An instant as its Pacific date and time, `2022-06-16 09:00`: the program's clock, as every
 * screen shows it, in a form spreadsheets read as a date and time.
 */
export function instantCell(value: unknown): Cell {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return textCell(value);
  const { date, time } = pacificDateTimeOf(instant);
  return `${date} ${time}`;
}

/** A person's name; null when both parts are withheld from the viewer (a student's). */
export function personNameCell(person: unknown): Cell {
  if (!person || typeof person !== 'object') return null;
  const { givenName, familyName } = person as Row;
  const name = [givenName, familyName]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ');
  return name || null;
}

type Namer = (record: Row) => unknown;
const byName: Namer = (record) => record.name;

/** The column kinds lists export. Each takes the source and optionally the column's label. */
export const col = {
  text: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => textCell(valueAt(record, source)),
  }),

  number: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => numberCell(valueAt(record, source)),
  }),

  /** US dollars, as a plain number (no currency sign), which a spreadsheet can add up. */
  money: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => numberCell(valueAt(record, source)),
  }),

  day: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => dayCell(valueAt(record, source)),
  }),

  instant: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => instantCell(valueAt(record, source)),
  }),

  /** A vocabulary value by its label in the interface's language ("Familiar"). */
  enum: (source: string, enumName: EnumName, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record, { language }) => {
      const value = valueAt(record, source);
      if (typeof value !== 'string' || value === '') return null;
      return labelOf(enumName, value as EnumValue<typeof enumName>, language);
    },
  }),

  /** Yes or No in the interface's language; empty when unknown. */
  boolean: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record, { translate }) => {
      const value = valueAt(record, source);
      return typeof value === 'boolean' ? translate(`ra.boolean.${value}`) : null;
    },
  }),

  /** An embedded record (`cohort { id name }`) by its name, or by `name(record)`. */
  reference: (source: string, options: ColumnOptions & { name?: Namer } = {}): ExportColumn => {
    const { name = byName, ...rest } = options;
    return {
      source,
      ...rest,
      value: (record) => {
        const target = valueAt(record, source);
        return target && typeof target === 'object' ? textCell(name(target as Row)) : null;
      },
    };
  },

  /** A list of embedded records (`cohorts { id name }`), their names separated by "; ". */
  references: (source: string, options: ColumnOptions & { name?: Namer } = {}): ExportColumn => {
    const { name = byName, ...rest } = options;
    return {
      source,
      ...rest,
      value: (record) => {
        const targets = valueAt(record, source);
        if (!Array.isArray(targets)) return null;
        const names = targets
          .map((target) => textCell(name(target as Row)))
          .filter((each): each is string => typeof each === 'string');
        return names.length ? names.join('; ') : null;
      },
    };
  },

  /** A person (`membership.person { givenName familyName }`) by name. */
  person: (source: string, options: ColumnOptions = {}): ExportColumn => ({
    source,
    ...options,
    value: (record) => personNameCell(valueAt(record, source)),
  }),

  /** Anything else: the cell computed from the whole record. */
  custom: (
    source: string,
    value: (record: Row, context: ExportContext) => Cell,
    options: ColumnOptions = {},
  ): ExportColumn => ({ source, ...options, value }),
};

/** The cells of each record, in the columns' order. */
export function exportRows(
  columns: readonly ExportColumn[],
  records: readonly Row[],
  context: ExportContext,
): Cell[][] {
  return records.map((record) => columns.map((column) => column.value(record, context)));
}
