import {
  IMPORT_MAX_BYTES,
  IMPORT_PREVIEW_KEPT_HOURS,
  type ImportKind,
  ImportMode,
  ImportStatus,
} from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordBulkChanges } from '../audit/audit-log.js';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors.js';
import { Message } from '../i18n/messages.js';
import { ALL, NONE, writableRows } from '../scope/rules.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';
import { recordBulkWebhookEvents } from '../webhooks/webhook-events.js';
import { type ParsedFile, parseImportFile } from './csv.js';
import { DataImport } from './data-import.entity.js';
import type { CommitImportInput, PreviewImportInput } from './import.inputs.js';
import { importMessages as m } from './import.messages.js';
import type { ImportHandler, ImportPlan, WrittenRecord } from './import-kind.js';
import { leasAndSchools } from './leas-and-schools.js';
import { measurements } from './measurements.js';
import { peopleAndMemberships } from './people-and-memberships.js';
import type { Problems } from './problems.js';

/**
 * CSV imports in two steps. `previewImport` reads and checks the file and keeps it with its
 * problems, writing nothing. `commitImport` checks it again (the database may have changed) and
 * writes its rows in ONE transaction: all of them or nothing (ALL), or only the valid ones
 * (VALID_ONLY), with the audit log written in bulk in the same transaction. The file, which may
 * hold students' and families' details, is kept for the import only: deleted once imported, on a
 * failure, and by `expireImportPreviews` when nobody imports it.
 *
 * Progress: the import runs in the request that commits it, and writes its progress to its
 * `data_import` row after every chunk of rows on a connection of its own, outside the import's
 * transaction, so that the admin app's polls of `dataImport(id)` (from any server) see the bar
 * move while the transaction is still open. We chose this over a pg-boss job: a job would have to
 * rebuild the viewer's scope in a worker and report its refusals some other way, while a 10,000
 * row import takes seconds, well within a request. The `data_import` row is never written inside
 * the transaction until its very last statement (the completion), so the progress writes never
 * wait on a lock the transaction holds.
 */

const HANDLERS: Readonly<Record<ImportKind, ImportHandler>> = {
  LEAS_AND_SCHOOLS: leasAndSchools,
  PEOPLE_AND_MEMBERSHIPS: peopleAndMemberships,
  MEASUREMENTS: measurements,
};

const KIND_NAMES: Readonly<Record<ImportKind, () => Message>> = {
  LEAS_AND_SCHOOLS: m.leasAndSchools,
  PEOPLE_AND_MEMBERSHIPS: m.peopleAndMemberships,
  MEASUREMENTS: m.measurements,
};

const STATUS_NAMES: Readonly<Record<ImportStatus, () => Message>> = {
  PREVIEWED: m.statusPreviewed,
  IMPORTING: m.statusImporting,
  COMPLETED: m.statusCompleted,
  FAILED: m.statusFailed,
  EXPIRED: m.statusExpired,
};

/** How many problems a refused ALL import names in its error (the import record has them all). */
const PROBLEMS_IN_ERROR = 20;

interface Checked {
  parsed: ParsedFile;
  problems: Problems;
  plan: ImportPlan | null;
  /** Rows without problems, in file order. */
  valid: Set<number>;
}

/** Thrown to roll a dry run back. */
class DryRunDone extends Error {}

/** The file cannot be imported in the mode asked for: rolls the import's transaction back. */
class RowsInvalid extends Error {
  constructor(readonly checked: Checked) {
    super('rows have problems');
  }
}

/**
 * Whether a viewer may import a kind of file at all: a kind whose records the viewer may not
 * write (LEAs for a team lead) is refused before the file is read.
 */
export function mayImport(kind: ImportKind, viewer: Viewer): boolean {
  return HANDLERS[kind].entities.some((entity) => writableRows(entity, viewer) !== NONE);
}

function handlerFor(data: ScopedData, kind: ImportKind): ImportHandler {
  if (!mayImport(kind, data.viewer)) {
    throw new ForbiddenError(m.kindForbidden({ kind: KIND_NAMES[kind]() }));
  }
  return HANDLERS[kind];
}

export async function previewImport(
  data: ScopedData,
  input: PreviewImportInput,
): Promise<DataImport> {
  const handler = handlerFor(data, input.kind);
  const accountId = data.viewer.accountId;
  if (!accountId) throw new ForbiddenError();
  if (Buffer.byteLength(input.content, 'utf8') > IMPORT_MAX_BYTES) {
    throw InvalidInputError.field(
      'input.content',
      m.fileTooLarge({ max: IMPORT_MAX_BYTES / 1024 / 1024 }),
    );
  }
  // Checking reads through a transaction that is always rolled back (dry runs insert rows).
  let checked: Checked | undefined;
  try {
    await data.transaction(async (tx) => {
      checked = await checkFile(tx, handler, input.content);
      throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  const { parsed, problems, valid } = checked as Checked;
  const record = Object.assign(new DataImport(), {
    kind: input.kind,
    fileName: input.fileName,
    createdBy: accountId,
    content: input.content,
    totalRows: parsed.totalRows,
    validRows: valid.size,
    problems: problems.stored(),
  });
  // Bookkeeping of the upload, not a change to the program's records: not in the audit log
  // (the records an import writes are).
  await data.em.insert(DataImport, { ...record } as never);
  return reload(data, record.id);
}

export async function commitImport(
  data: ScopedData,
  id: string,
  input: CommitImportInput,
): Promise<DataImport> {
  const found = await data.byId(DataImport, id);
  if (!found) throw new NotFoundError('DataImport', id);
  const handler = handlerFor(data, found.kind);
  const progress = new ProgressWriter(data, id);
  // Claimed outside the transaction, so a second click (or a second tab) is told at once.
  if (!(await progress.claim(input.mode))) {
    const current = await reload(data, id);
    throw new ConflictError(
      current.status === ImportStatus.EXPIRED
        ? m.expired({ hours: IMPORT_PREVIEW_KEPT_HOURS })
        : m.notPreviewed({ status: STATUS_NAMES[current.status as ImportStatus]() }),
    );
  }
  const heartbeat = progress.beat();
  try {
    await data.transaction(async (tx) => {
      // Held until the transaction ends, with the session if the server dies: a free lock on an
      // IMPORTING row says nobody is running it.
      await tx.em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [IMPORT_LOCK, id]);
      const content = await progress.content();
      const checked = await checkFile(tx, handler, content);
      const { parsed, problems, plan, valid } = checked;
      if (!plan || valid.size === 0 || (input.mode === ImportMode.ALL && problems.size > 0)) {
        throw new RowsInvalid(checked);
      }
      await progress.start(valid.size);
      const result = await plan.write(tx, valid, (done) => progress.report(done));
      // The write rules, once more over every record written, in bulk: the authority.
      for (const entity of handler.entities) {
        const ids = result.written.filter((record) => record.entity === entity);
        await tx.assertWritable(entity, ids);
      }
      await recordBulkChanges(tx.em, tx.viewer, result.changes, `(import ${id})`);
      await recordBulkWebhookEvents(tx.em, result.changes);
      await tx.em.nativeUpdate(
        DataImport,
        { id },
        {
          status: ImportStatus.COMPLETED,
          totalRows: parsed.totalRows,
          validRows: valid.size,
          processedRows: valid.size,
          importedRows: valid.size,
          skippedRows: parsed.totalRows - valid.size,
          problems: problems.stored(),
          createdCounts: result.created,
          content: null,
          finishedAt: new Date(),
          updatedAt: new Date(),
        },
      );
    });
  } catch (error) {
    if (error instanceof RowsInvalid) {
      const { parsed, problems, valid } = error.checked;
      await progress.back(parsed.totalRows, valid.size, problems);
      throw new InvalidInputError([
        ...(valid.size === 0 ? [{ path: 'id', message: m.noValidRow() }] : []),
        ...problems
          .sorted()
          .slice(0, PROBLEMS_IN_ERROR)
          .map((problem) => ({
            path: `rows.${problem.row}${problem.column ? `.${problem.column}` : ''}`,
            message: problem.message,
          })),
      ]);
    }
    // Kept as a key and parameters, for the reader's language; a refusal whose text is not one
    // catalog message (several field problems) is said generically.
    await progress.fail(
      error instanceof DomainError && error.text instanceof Message
        ? error.text
        : m.stoppedUnexpectedly(),
    );
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
  return reload(data, id);
}

/**
 * Reads and checks a file: its rows (through the kind's checks), then, for a viewer whose write
 * rules are not "everything" (team leads), a dry run: the valid rows are written in a savepoint,
 * each record is checked against the write rules in bulk (one query per entity), and the
 * savepoint is rolled back. A row with a record outside the viewer's write scope gets a problem.
 */
async function checkFile(
  tx: ScopedData,
  handler: ImportHandler,
  content: string,
): Promise<Checked> {
  const parsed = parseImportFile(handler.kind, content);
  const { problems } = parsed;
  const plan = parsed.rows.length ? await handler.plan(tx, parsed.rows, problems) : null;
  const validRows = () =>
    new Set(parsed.rows.map((row) => row.row).filter((row) => !problems.has(row)));
  const valid = validRows();
  const scoped = handler.entities.some((entity) => writableRows(entity, tx.viewer) !== ALL);
  if (plan && scoped && valid.size > 0) {
    try {
      await tx.transaction(async (dry) => {
        const { written } = await plan.write(dry, valid, async () => {});
        for (const entity of handler.entities) {
          const records = written.filter((record) => record.entity === entity);
          const writable = await dry.writableIds(
            entity,
            records.map((record) => record.id),
          );
          for (const record of records) {
            if (!writable.has(record.id)) refuse(problems, handler, record);
          }
        }
        throw new DryRunDone();
      });
    } catch (error) {
      if (!(error instanceof DryRunDone)) throw error;
    }
  }
  return { parsed, problems, plan, valid: validRows() };
}

function refuse(problems: Problems, handler: ImportHandler, record: WrittenRecord): void {
  const refusal = handler.refusals[record.entity.name] ?? m.mayNotWrite;
  problems.add(record.row, record.column, refusal());
}

/** How often a running import says it is alive, and how long a silence means it is not. */
export const IMPORT_HEARTBEAT_MS = 10_000;
export const IMPORT_SILENT_MS = 45_000;
/**
 * A running import's transaction holds the advisory lock (IMPORT_LOCK, hashtext(its id)); an
 * IMPORTING row claimed more than IMPORT_CLAIM_GRACE_MS ago whose lock is free lost its server.
 */
export const IMPORT_LOCK = 7_120_413;
/** Longer than a wait for a free pooled connection (10 s), between the claim and the lock. */
export const IMPORT_CLAIM_GRACE_MS = 15_000;

/**
 * Deletes the files nobody will import: previews not imported within `IMPORT_PREVIEW_KEPT_HOURS`
 * of their last check become EXPIRED, and an import whose server stopped mid-way (its transaction
 * was rolled back) becomes FAILED: its lock is free, or it has been silent for IMPORT_SILENT_MS.
 * Run every minute by the job queue, and as each server starts; returns how many of each.
 */
export async function expireImportPreviews(
  em: EntityManager,
  now = new Date(),
): Promise<{ expired: number; abandoned: number }> {
  const cutoff = new Date(now.getTime() - IMPORT_PREVIEW_KEPT_HOURS * 3_600_000);
  const expired = await em.nativeUpdate(
    DataImport,
    { status: ImportStatus.PREVIEWED, updatedAt: { $lt: cutoff } },
    { status: ImportStatus.EXPIRED, content: null, updatedAt: now },
  );
  // Its server stopped, and its transaction with it: PostgreSQL released the import's lock when the
  // session ended (a kill, a crash), or no heartbeat came for a while (a server cut off from the
  // database, whose session PostgreSQL has not noticed is gone).
  const lastBeat = new Date(now.getTime() - IMPORT_SILENT_MS);
  const claimedBefore = new Date(now.getTime() - IMPORT_CLAIM_GRACE_MS);
  const abandoned = await em.transactional(async (tx) => {
    const stopped: { id: string }[] = await tx.execute(
      `select id from data_import where status = ? and updated_at < ?
       and (updated_at < ? or pg_try_advisory_xact_lock(?, hashtext(id::text)))`,
      [ImportStatus.IMPORTING, claimedBefore, lastBeat, IMPORT_LOCK],
    );
    if (stopped.length === 0) return 0;
    return tx.nativeUpdate(
      DataImport,
      { id: { $in: stopped.map((row) => row.id) }, status: ImportStatus.IMPORTING },
      {
        status: ImportStatus.FAILED,
        failure: m.stoppedUnexpectedly().toStored(),
        content: null,
        processedRows: 0,
        updatedAt: now,
      },
    );
  });
  return { expired, abandoned };
}

function reload(data: ScopedData, id: string): Promise<DataImport> {
  return data.em.findOneOrFail(DataImport, id, { refresh: true });
}

/**
 * Writes an import's status and progress on a pooled connection of its own, outside any
 * transaction: seen at once by whoever polls, and never held back by the import's own locks.
 */
class ProgressWriter {
  constructor(
    private readonly data: ScopedData,
    private readonly id: string,
  ) {}

  private run(sql: string, params: unknown[]): Promise<{ affectedRows: number }> {
    // No transaction context: the connection's own pool, not the request's transaction.
    return this.data.em.getConnection().execute(sql, params, 'run');
  }

  /** PREVIEWED → IMPORTING, once: false when the import is not (or no longer) previewed. */
  async claim(mode: ImportMode): Promise<boolean> {
    const result = await this.run(
      `update data_import set status = ?, mode = ?, processed_rows = 0, rows_to_import = 0, failure = null, updated_at = ?
       where id = ? and status = ?`,
      [ImportStatus.IMPORTING, mode, new Date(), this.id, ImportStatus.PREVIEWED],
    );
    return result.affectedRows === 1;
  }

  async content(): Promise<string> {
    const rows: { content: string | null }[] = await this.data.em
      .getConnection()
      .execute('select content from data_import where id = ?', [this.id]);
    return rows[0]?.content ?? '';
  }

  /**
   * While the import runs, its row is touched every IMPORT_HEARTBEAT_MS (on the pool, outside
   * the import's transaction): an IMPORTING row left untouched for IMPORT_SILENT_MS belongs to a
   * server that stopped, and expireImportPreviews ends it. Returns the timer to clear.
   */
  beat(): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.run('update data_import set updated_at = ? where id = ? and status = ?', [
        new Date(),
        this.id,
        ImportStatus.IMPORTING,
      ]).catch(() => {
        // A missed beat is made up by the next; a dead database fails the import anyway.
      });
    }, IMPORT_HEARTBEAT_MS);
    timer.unref();
    return timer;
  }

  start(rowsToImport: number): Promise<unknown> {
    return this.run(
      'update data_import set rows_to_import = ?, processed_rows = 0, updated_at = ? where id = ?',
      [rowsToImport, new Date(), this.id],
    );
  }

  async report(done: number): Promise<void> {
    await this.run('update data_import set processed_rows = ?, updated_at = ? where id = ?', [
      done,
      new Date(),
      this.id,
    ]);
  }

  /** Back to PREVIEWED with what the new check found: nothing was written. */
  back(totalRows: number, validRows: number, problems: Problems): Promise<unknown> {
    return this.run(
      `update data_import set status = ?, mode = null, total_rows = ?, valid_rows = ?, problems = ?::jsonb,
       processed_rows = 0, rows_to_import = 0, updated_at = ? where id = ?`,
      [
        ImportStatus.PREVIEWED,
        totalRows,
        validRows,
        JSON.stringify(problems.stored()),
        new Date(),
        this.id,
      ],
    );
  }

  /** FAILED, for good (a failed import is not retried): the file is deleted. */
  fail(failure: Message): Promise<unknown> {
    return this.run(
      'update data_import set status = ?, failure = ?::jsonb, content = null, processed_rows = 0, updated_at = ? where id = ?',
      [ImportStatus.FAILED, JSON.stringify(failure.toStored()), new Date(), this.id],
    );
  }
}
