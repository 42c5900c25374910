import { randomUUID } from 'node:crypto';
import { AuditAction, type ImportKind } from '@cei/domain';
import type { EntityClass } from '@mikro-orm/core';
import type { BulkChange } from '../audit/audit-log.js';
import type { Message } from '../i18n/messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { CsvRow } from './csv.js';
import type { Problems } from './problems.js';

type Identified = { id: string };

/** A record an import wrote, and the row and column to blame if the viewer may not write it. */
export interface WrittenRecord {
  entity: EntityClass<Identified>;
  id: string;
  row: number;
  column: string | null;
}

export interface WriteResult {
  /** Records created or changed, for the write-scope check. */
  written: WrittenRecord[];
  /** The same, for the audit log. */
  changes: BulkChange[];
  /** Records created per entity name. */
  created: Record<string, number>;
}

/** What checking a file produced: the rows' records, ready to write. */
export interface ImportPlan {
  /**
   * Writes the records of `rows` (valid ones) in the transaction of `tx`, in chunks, calling
   * `progress` with the number of rows written so far after each chunk.
   */
  write(
    tx: ScopedData,
    rows: ReadonlySet<number>,
    progress: (rowsDone: number) => Promise<void>,
  ): Promise<WriteResult>;
}

/** One kind of import: how its rows are checked and written. */
export interface ImportHandler {
  kind: ImportKind;
  /** What it writes: a viewer who may write none of these is refused the kind outright. */
  entities: readonly EntityClass<Identified>[];
  /** The problem of a row whose record (by entity name) is outside the viewer's write scope. */
  refusals: Readonly<Record<string, () => Message>>;
  /**
   * Checks every row (cells, references, the mutations' rules, duplicates within the file and
   * against the database) with a fixed number of queries, adding each problem; plans the writes.
   */
  plan(data: ScopedData, rows: readonly CsvRow[], problems: Problems): Promise<ImportPlan>;
}

/** Rows written per statement and per progress report. */
export const CHUNK_ROWS = 500;

/** The columns every record has (common/base.entity.ts), for rows inserted without the ORM. */
export function newRecordColumns(now: Date): {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
} {
  return { id: randomUUID(), version: 1, createdAt: now, updatedAt: now };
}

const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

/** The audit entry of a record inserted in bulk: each field set, from nothing to its value. */
export function creationChange(
  entity: string,
  record: Identified & Record<string, unknown>,
): BulkChange {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value !== null && value !== undefined && !BOOKKEEPING.has(field))
      changes[field] = [null, value];
  }
  return { action: AuditAction.CREATED, entity, entityId: record.id, changes };
}
