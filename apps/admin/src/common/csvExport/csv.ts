import Papa from 'papaparse';
import type { Cell } from './columns';

/**
 * A byte-order mark first: Excel otherwise reads a UTF-8 file as the machine's legacy code page
 * and garbles accented names ("Peña").
 */
const BOM = '\uFEFF';

/**
 * The CSV text of a header and rows (RFC 4180: commas, CRLF, quotes where needed), written by
 * papaparse. Against formula injection, a text cell that starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return is written with a leading `'` and quoted (papaparse's `escapeFormulae`, the
 * OWASP advice), so a spreadsheet shows it as text instead of running it. Numbers are not text:
 * papaparse leaves number cells alone, so a negative amount stays a number; the exporter turns
 * only the server's decimal strings into numbers (columns.ts `numberCell`), never free text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return (
    BOM +
    Papa.unparse([header as string[], ...(rows as Cell[][])], {
      escapeFormulae: true,
      newline: '\r\n',
    })
  );
}
