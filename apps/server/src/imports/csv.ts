import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportKind, importHeaderName } from '@cei/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { Problems } from './problems.js';

/** One data row: its number as a spreadsheet shows it (the header is row 1), cells by column. */
export interface CsvRow {
  row: number;
  cells: Readonly<Record<string, string>>;
}

export interface ParsedFile {
  rows: CsvRow[];
  /** Data rows in the file, blank ones left out. */
  totalRows: number;
  /** Problems of the file or its header: when there are any, no row is read. */
  problems: Problems;
}

/**
 * Reads a CSV file of a kind of import with csv-parse: a byte-order mark, quoted fields (with
 * commas, quotes and line breaks inside) and CRLF or LF line ends are all fine. The first line
 * is the header; its names are matched to the kind's columns ignoring case, spaces and dashes.
 * Unknown, repeated and missing required columns are problems of row 1. Blank lines and rows of
 * empty cells are skipped but keep their number, so row numbers are the spreadsheet's.
 */
export function parseImportFile(kind: ImportKind, content: string): ParsedFile {
  const problems = new Problems();
  const fail = (row: number, message: string): ParsedFile => {
    problems.add(row, null, message);
    return { rows: [], totalRows: 0, problems };
  };
  let records: string[][];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const records = (error as CsvError & { records?: number }).records ?? 0;
    return fail(records + 1, `the file cannot be read from here on: ${error.message}`);
  }
  const [header, ...body] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return fail(1, 'the file is empty: the first line must name the columns');
  }

  const columns = IMPORT_COLUMNS[kind];
  const known = new Set(columns.map((column) => column.name));
  const names = header.map(importHeaderName);
  names.forEach((name, index) => {
    if (name === '') problems.add(1, null, `column ${index + 1} has no name`);
    else if (!known.has(name)) {
      problems.add(
        1,
        header[index]?.trim() ?? name,
        `is not a column of this import; the columns are ${[...known].join(', ')}`,
      );
    } else if (names.indexOf(name) !== index) problems.add(1, name, 'appears twice');
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) {
      problems.add(1, column.name, 'is a required column: add it to the header');
    }
  }

  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = index + 2;
    if (cells.length > header.length) {
      problems.add(row, null, `has ${cells.length} cells; the header has ${header.length} columns`);
    }
    const values: Record<string, string> = {};
    for (const column of columns) values[column.name] = '';
    names.forEach((name, position) => {
      if (known.has(name)) values[name] = (cells[position] ?? '').trim();
    });
    rows.push({ row, cells: values });
  });
  if (rows.length > IMPORT_MAX_ROWS) {
    return fail(
      1,
      `the file has ${rows.length} rows; at most ${IMPORT_MAX_ROWS} can be imported at once`,
    );
  }
  const headerBroken = problems.invalidRows.has(1);
  return { rows: headerBroken ? [] : rows, totalRows: rows.length, problems };
}
