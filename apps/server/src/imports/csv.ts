import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportKind, importHeaderName } from '@cei/domain';
import { CsvError, parse } from 'csv-parse/sync';
import type { Message } from '../i18n/messages.js';
import { importMessages as m } from './import.messages.js';
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
  const fail = (row: number, message: Message): ParsedFile => {
    problems.add(row, null, message);
    return { rows: [], totalRows: 0, problems };
  };
  let records: string[][];
  // Reading stops at the first row over the limit, rather than parsing a huge file to refuse it.
  let filledRecords = 0;
  const stopOverLimit = (record: string[]) => {
    if (!isBlank(record) && ++filledRecords > IMPORT_MAX_ROWS + 1) throw new OverRowLimit();
    return record;
  };
  try {
    records = parse(content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: stopOverLimit,
    });
  } catch (error) {
    if (error instanceof OverRowLimit) return fail(1, m.tooManyRows({ max: IMPORT_MAX_ROWS }));
    if (!(error instanceof CsvError)) throw error;
    const records = (error as CsvError & { records?: number }).records ?? 0;
    return fail(records + 1, m.unreadable({ reason: parseProblem(error) }));
  }
  const [header, ...body] = records;
  if (!header || isBlank(header)) {
    return fail(1, m.emptyFile());
  }

  const columns = IMPORT_COLUMNS[kind];
  const known = new Set(columns.map((column) => column.name));
  const names = header.map(importHeaderName);
  names.forEach((name, index) => {
    if (name === '') problems.add(1, null, m.unnamedColumn({ position: index + 1 }));
    else if (!known.has(name)) {
      // The columns' names are the file's own words, the same in every language.
      const names = [...known].join(', ');
      problems.add(1, header[index]?.trim() ?? name, m.unknownColumn({ columns: names }));
    } else if (names.indexOf(name) !== index) problems.add(1, name, m.repeatedColumn());
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) {
      problems.add(1, column.name, m.missingColumn());
    }
  }

  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = index + 2;
    if (cells.length > header.length) {
      problems.add(row, null, m.tooManyCells({ cells: cells.length, columns: header.length }));
    }
    const values: Record<string, string> = {};
    for (const column of columns) values[column.name] = '';
    names.forEach((name, position) => {
      if (known.has(name)) values[name] = (cells[position] ?? '').trim();
    });
    rows.push({ row, cells: values });
  });
  const headerBroken = problems.invalidRows.has(1);
  return { rows: headerBroken ? [] : rows, totalRows: rows.length, problems };
}

class OverRowLimit extends Error {}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Why csv-parse stopped, in our words: the quoting mistakes a spreadsheet's user can make (the
 * only errors the options above leave), otherwise the parser's code.
 */
function parseProblem(error: CsvError): Message {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return m.quoteNotClosed();
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return m.textAfterQuote();
    case 'INVALID_OPENING_QUOTE':
      return m.quoteInsideCell();
    default:
      return m.malformed({ code: error.code });
  }
}
