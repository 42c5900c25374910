import { ImportKind, ImportMode, ImportStatus } from '@cei/domain';
import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import type { StoredMessage } from '../i18n/messages.js';
import './import.enums.js';

/**
 * One problem of one row as the import keeps it: its message as a catalog key and parameters,
 * rendered in the reader's language when read (import.resolver.ts), never stored as text.
 */
export interface StoredRowProblem {
  row: number;
  column: string | null;
  message: StoredMessage;
}

/** One problem of one row: the row as a spreadsheet numbers it (the header is row 1). */
@ObjectType({ description: 'A problem with one row (or the header) of an imported file.' })
export class ImportRowError {
  @Field(() => Int, {
    description: 'The row as a spreadsheet numbers it: the header is row 1, the first data row 2.',
  })
  row: number;

  @Field(() => String, {
    nullable: true,
    description: 'The column (its header name); null for a problem of the whole row.',
  })
  column: string | null;

  @Field(() => String, {
    description:
      'What is wrong, e.g. "must be an email address", in the language of the request (Accept-Language).',
  })
  message: string;
}

/**
 * A CSV import: the uploaded file, what checking it found, and, once the user chose to import,
 * how far the writing has got. Progress is written on its own connection while the import's
 * transaction runs, so anyone polling the record sees it move (imports/import.service.ts).
 */
@ObjectType({
  description:
    'A CSV import: the file checked row by row (the preview), then written, with its progress.',
})
@Entity()
@Index({ properties: ['createdBy', 'createdAt'] })
export class DataImport extends BaseEntity {
  @Field(() => ImportKind, { description: 'What the file holds.' })
  @Enum({ items: () => ImportKind })
  kind: ImportKind;

  @Field(() => ImportStatus, { description: 'Previewed, importing, completed, failed or expired.' })
  @Enum({ items: () => ImportStatus })
  status: Opt<ImportStatus> = ImportStatus.PREVIEWED;

  @Field(() => ImportMode, {
    nullable: true,
    description: 'How it was imported: every row or none, or only the valid rows; null until then.',
  })
  @Enum({ items: () => ImportMode, nullable: true })
  mode?: ImportMode | null;

  @Field(() => String, { description: 'The name of the uploaded file.' })
  @Property({ type: 'text' })
  fileName: string;

  /** Who uploaded it: the only account (with CEI admins) that sees and imports it. */
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  createdBy: Ref<Account>;

  /**
   * The file itself (it may hold protected data), kept for its import only: deleted once imported,
   * on a failure, or when the preview expires.
   */
  @Property({ type: 'text', nullable: true, lazy: true })
  content?: string | null;

  @Field(() => Int, { description: 'Data rows in the file (blank rows are not counted).' })
  @Property({ type: 'integer' })
  totalRows: Opt<number> = 0;

  @Field(() => Int, { description: 'Rows without any problem: what "import valid rows" writes.' })
  @Property({ type: 'integer' })
  validRows: Opt<number> = 0;

  @Field(() => Int, {
    description: 'Rows the running import is writing (the valid rows, or all of them).',
  })
  @Property({ type: 'integer' })
  rowsToImport: Opt<number> = 0;

  @Field(() => Int, { description: 'Rows written so far by the running import.' })
  @Property({ type: 'integer' })
  processedRows: Opt<number> = 0;

  @Field(() => Int, { description: 'Rows written once the import completed.' })
  @Property({ type: 'integer' })
  importedRows: Opt<number> = 0;

  @Field(() => Int, {
    description: 'Rows left out because of their problems (valid-only imports).',
  })
  @Property({ type: 'integer' })
  skippedRows: Opt<number> = 0;

  /** Every problem found, in row order; the API pages them (`errors`). */
  @Property({ type: 'jsonb' })
  problems: Opt<StoredRowProblem[]> = [];

  /** Records created per entity, e.g. `{ Person: 10, Membership: 12 }`. */
  @Property({ type: 'jsonb' })
  createdCounts: Opt<Record<string, number>> = {};

  /** Why the import failed, when it did; the API renders it (`failure`) in the reader's language. */
  @Property({ type: 'jsonb', nullable: true })
  failure?: StoredMessage | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the import completed.' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
