import { importBooleanValue, importDateValue, importEnumValue } from '@cei/domain';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import { validationProblems } from '../graphql/errors.js';
import { graphqlMessages } from '../graphql/graphql.messages.js';
import { listOf, type Message } from '../i18n/messages.js';
import type { StoredRowProblem } from './data-import.entity.js';
import { importMessages as m } from './import.messages.js';

/** A problem found in a file: its row and column, and what is wrong as a catalog Message. */
export interface RowProblem {
  row: number;
  column: string | null;
  message: Message;
}

/**
 * The problems found in a file, each naming its row, column and what is wrong. Problems of the
 * single-record mutations (paths `input.<field>`) are added through a map from input fields to
 * columns, so an import reports exactly what `createPerson` or `recordMeasurement` would.
 */
export class Problems {
  private readonly list: RowProblem[] = [];
  private readonly seen = new Set<string>();
  private readonly columns = new Map<number, Set<string | null>>();
  readonly invalidRows = new Set<number>();

  add(row: number, column: string | null, message: Message): void {
    const key = `${row}\u0000${column}\u0000${JSON.stringify(message.toStored())}`;
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
  sorted(): RowProblem[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }

  /** As the import keeps them: messages as keys and parameters, by row. */
  stored(): StoredRowProblem[] {
    return this.sorted().map(({ row, column, message }) => ({
      row,
      column,
      message: message.toStored(),
    }));
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
    if (required) this.problem(column, graphqlMessages.required());
    return null;
  }

  /** One of `values` (written in any case, with spaces or dashes for underscores). */
  oneOf<T extends string>(column: string, values: readonly T[], required = false): T | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const value = importEnumValue(text) as T;
    if (values.includes(value)) return value;
    this.problem(column, validationMessages.oneOf({ values: listOf(values, 'disjunction') }));
    return null;
  }

  date(column: string, required = false): string | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const date = importDateValue(text);
    if (!date) this.problem(column, m.date());
    return date;
  }

  yesNo(column: string): boolean {
    const value = importBooleanValue(this.cells[column] ?? '');
    if (value === null) this.problem(column, m.yesNo());
    return value ?? false;
  }

  number(column: string, required = false): number | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(value)) this.problem(column, m.number());
    return Number.isNaN(value) ? null : value;
  }

  problem(column: string | null, message: Message): void {
    this.problems.add(this.row, column, message);
  }
}

/** What a lookup says of a cell naming no record, or a name several records share. */
export interface LookupMessages {
  missing: (params: { cell: string }) => Message;
  shared: (params: { count: number; cell: string }) => Message;
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
    private readonly messages: LookupMessages,
  ) {
    for (const record of records) {
      const keys = new Set(
        [record.id, ...keysOf(record)].filter(Boolean).map((key) => lookupKey(key as string)),
      );
      for (const key of keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), record]);
    }
  }

  /** The record a cell names, or a problem's message. */
  find(cell: string): { record: T } | { problem: Message } {
    const found = this.byKey.get(lookupKey(cell)) ?? [];
    if (found.length === 1) return { record: found[0] as T };
    if (found.length === 0) return { problem: this.messages.missing({ cell }) };
    return { problem: this.messages.shared({ count: found.length, cell }) };
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
