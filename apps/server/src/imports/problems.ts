import { importBooleanValue, importDateValue, importEnumValue } from '@cei/domain';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../common/errors.js';
import { validationProblems } from '../graphql/errors.js';
import type { ImportRowError } from './data-import.entity.js';

/**
 * The problems found in a file, each naming its row, column and what is wrong. Problems of the
 * single-record mutations (paths `input.<field>`) are added through a map from input fields to
 * columns, so an import reports exactly what `createPerson` or `recordMeasurement` would.
 */
export class Problems {
  private readonly list: ImportRowError[] = [];
  private readonly seen = new Set<string>();
  private readonly columns = new Map<number, Set<string | null>>();
  readonly invalidRows = new Set<number>();

  add(row: number, column: string | null, message: string): void {
    const key = `${row}\u0000${column}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ row, column, message });
    this.invalidRows.add(row);
    this.columns.set(row, (this.columns.get(row) ?? new Set()).add(column));
  }

  /**
   * Problems of a mutation's rules, `input.email` → the column of `email`; a cell that already
   * has a problem (it could not be read, or named nothing) keeps only that one.
   */
  addFields(row: number, problems: FieldProblem[], columns: Readonly<Record<string, string>>) {
    const before = new Set(this.columns.get(row));
    for (const problem of problems) {
      const field = problem.path.replace(/^input\./, '').split('.')[0] ?? '';
      const column = columns[field] ?? null;
      if (column !== null && before.has(column)) continue;
      this.add(row, column, problem.message);
    }
  }

  /** class-validator's findings on a mutation's input class. */
  addValidation(
    row: number,
    errors: ValidationError[],
    columns: Readonly<Record<string, string>>,
  ): void {
    this.addFields(row, validationProblems(errors), columns);
  }

  has(row: number): boolean {
    return this.invalidRows.has(row);
  }

  get size(): number {
    return this.list.length;
  }

  /** By row, in the order found within a row. */
  sorted(): ImportRowError[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }
}

/** Reads one row's cells, adding a problem for each cell that cannot be read. */
export class RowReader {
  constructor(
    readonly row: number,
    private readonly cells: Readonly<Record<string, string>>,
    private readonly problems: Problems,
  ) {}

  /** The cell's text; null when blank (a problem when required). */
  text(column: string, required = false): string | null {
    const value = this.cells[column] ?? '';
    if (value !== '') return value;
    if (required) this.problem(column, 'is required');
    return null;
  }

  /** One of `values` (written in any case, with spaces or dashes for underscores). */
  oneOf<T extends string>(column: string, values: readonly T[], required = false): T | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const value = importEnumValue(text) as T;
    if (values.includes(value)) return value;
    this.problem(column, `must be one of ${values.join(', ')}`);
    return null;
  }

  date(column: string, required = false): string | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const date = importDateValue(text);
    if (!date) this.problem(column, 'must be a date written YYYY-MM-DD (or M/D/YYYY)');
    return date;
  }

  yesNo(column: string): boolean {
    const value = importBooleanValue(this.cells[column] ?? '');
    if (value === null) this.problem(column, 'must be yes or no');
    return value ?? false;
  }

  number(column: string, required = false): number | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) this.problem(column, 'must be a number, e.g. 42.5');
    return Number.isNaN(value) ? null : value;
  }

  problem(column: string | null, message: string): void {
    this.problems.add(this.row, column, message);
  }
}

/**
 * Records found by id or by name (ignoring case and outer spaces), as a cell names them: a name
 * two records share is a problem asking for the id (or the CDS code) instead.
 */
export class Lookup<T extends { id: string }> {
  private readonly byKey = new Map<string, T[]>();

  constructor(
    records: Iterable<T>,
    keysOf: (record: T) => (string | null | undefined)[],
    private readonly what: string,
    private readonly instead = 'its id',
  ) {
    for (const record of records) {
      const keys = new Set(
        [record.id, ...keysOf(record)].filter(Boolean).map((key) => lookupKey(key as string)),
      );
      for (const key of keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), record]);
    }
  }

  /** The record a cell names, or a problem's message. */
  find(cell: string): { record: T } | { problem: string } {
    const found = this.byKey.get(lookupKey(cell)) ?? [];
    if (found.length === 1) return { record: found[0] as T };
    if (found.length === 0) return { problem: `no ${this.what} is called or has the id "${cell}"` };
    return { problem: `${found.length} ${this.what}s are called "${cell}": use ${this.instead}` };
  }
}

export function lookupKey(value: string): string {
  return value.trim().toLowerCase();
}

/** Splits a list into pieces of `size`, for statements of bounded length. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const pieces: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pieces.push(items.slice(start, start + size));
  return pieces;
}
