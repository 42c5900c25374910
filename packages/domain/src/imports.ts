import { formatIsoDate, isIsoDate } from './dates.js';

/**
 * CSV imports: what each kind of file holds, column by column, and how its cells are read. The
 * server checks files against these columns and the admin app builds its templates from them, so
 * both always agree on a file's shape.
 */

export const ImportKind = {
  LEAS_AND_SCHOOLS: 'LEAS_AND_SCHOOLS',
  PEOPLE_AND_MEMBERSHIPS: 'PEOPLE_AND_MEMBERSHIPS',
  MEASUREMENTS: 'MEASUREMENTS',
} as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];
export const IMPORT_KINDS = Object.values(ImportKind);

/** ALL writes nothing unless every row is valid; VALID_ONLY writes the valid rows and skips the rest. */
export const ImportMode = {
  ALL: 'ALL',
  VALID_ONLY: 'VALID_ONLY',
} as const;
export type ImportMode = (typeof ImportMode)[keyof typeof ImportMode];

export const ImportStatus = {
  /** Checked, nothing written: waiting for the user to choose. */
  PREVIEWED: 'PREVIEWED',
  /** Being written; `processedRows` grows. */
  IMPORTING: 'IMPORTING',
  COMPLETED: 'COMPLETED',
  /** Stopped by an unexpected error: nothing was written, and the file is deleted. */
  FAILED: 'FAILED',
  /**
   * Not imported within `IMPORT_PREVIEW_KEPT_HOURS` of its last check: the file, which may hold
   * protected data, is deleted; nothing was written.
   */
  EXPIRED: 'EXPIRED',
} as const;
export type ImportStatus = (typeof ImportStatus)[keyof typeof ImportStatus];

/** How long a previewed file is kept for its import, after its last check. */
export const IMPORT_PREVIEW_KEPT_HOURS = 24;

/** The largest file accepted (as UTF-8) and the most rows in one file. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

export interface ImportColumn {
  /** The header, snake_case; headers are matched ignoring case, spaces and dashes. */
  name: string;
  required: boolean;
  /** A value for the template's example row. */
  example: string;
}

const column = (name: string, example: string, required = false): ImportColumn => ({
  name,
  required,
  example,
});

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  LEAS_AND_SCHOOLS: [
    column('kind', 'LEA', true),
    column('name', 'Example Valley Unified School District', true),
    column('short_name', 'EVUSD'),
    column('cds_code', '33-99999-0000000'),
    column('county_code', '33'),
    column('lea', ''),
    column('lea_type', 'UNIFIED_DISTRICT'),
    column('locale', 'RURAL'),
    column('grade_span', ''),
    column('city', 'Example Valley'),
    column('website', 'https://www.example.org'),
  ],
  PEOPLE_AND_MEMBERSHIPS: [
    column('given_name', 'Ana', true),
    column('family_name', 'Example', true),
    column('email', 'ana.example@example.org'),
    column('kind', 'PROFESSIONAL'),
    column('title', 'Director of Family Engagement'),
    column('phone', '+1 555 010 0000'),
    column('preferred_language', 'SPANISH'),
    column('employer', ''),
    column('team', 'Azusa Unified School District'),
    column('role', 'DISTRICT_ENGAGEMENT_LEAD'),
    column('started_on', '2024-08-01'),
    column('organization', ''),
  ],
  MEASUREMENTS: [
    column('metric', 'family-survey-participation', true),
    column('team', 'Azusa Unified School District', true),
    column('period_start', '2024-08-01', true),
    column('period_end', '2024-12-31', true),
    column('value', '42.5', true),
    column('source', 'sign-in sheets', true),
    column('is_baseline', 'no'),
  ],
};

/** `Given name`, `GIVEN-NAME` and `given_name` are the same header. */
export function importHeaderName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** An enum cell: `unified district`, `Unified-District` → `UNIFIED_DISTRICT`. */
export function importEnumValue(cell: string): string {
  return cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date cell, `YYYY-MM-DD` or as US spreadsheets write it (`8/1/2024`); null when it is
 * neither or not a real day.
 */
export function importDateValue(cell: string): string | null {
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  const us = US_DATE.exec(text);
  if (!us) return null;
  try {
    return formatIsoDate({ year: Number(us[3]), month: Number(us[1]), day: Number(us[2]) });
  } catch {
    return null;
  }
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', 'sí', 'si']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '']);

/** A yes/no cell (`yes`, `true`, `1`, `sí`; `no`, `false`, `0`, blank); null for anything else. */
export function importBooleanValue(cell: string): boolean | null {
  const text = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return null;
}

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A template for a kind: the header and one example row, lines ended CRLF as RFC 4180 has it. */
export function importTemplate(kind: ImportKind): string {
  const columns = IMPORT_COLUMNS[kind];
  const lines = [
    columns.map((entry) => entry.name),
    columns.map((entry) => csvCell(entry.example)),
  ];
  return `${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
