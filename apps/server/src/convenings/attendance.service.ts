import { randomUUID } from 'node:crypto';
import { type AttendanceMode, AttendanceStatus, AuditAction, Modality } from '@cei/domain';
import { ref } from '@mikro-orm/core';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { auditRowsOf, type BulkChange } from '../audit/audit-log.js';
import { type FieldProblem, InvalidInputError, NotFoundError } from '../common/errors.js';
import { writeRowsAtOnce } from '../database/bulk-insert.js';
import { entityName } from '../i18n/labels.js';
import { enumValue, type Message } from '../i18n/messages.js';
import { Membership } from '../rosters/membership.entity.js';
import { scopeMessages } from '../scope/scope.messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { isUuid } from '../scope/where.js';
import { WebhookEvent } from '../webhooks/webhook.entity.js';
import { type BulkRecordChange, webhookEventRowsOf } from '../webhooks/webhook-events.js';
import type { RecordAttendanceInput } from './attendance.inputs.js';
import { attendeeProblem, conveningDay } from './attendees.js';
import { Attendance, Convening } from './convening.entity.js';
import { conveningMessages as m } from './convening.messages.js';

/**
 * Records a convening's attendance at once: each entry adds or replaces one member's record.
 * Every entry is checked before anything is written, and all problems are reported together;
 * the write scope (CEI staff; a team lead for their own team's members) is checked on every
 * record in the same transaction, so one refused entry leaves the database as it was.
 *
 * Written in SQL rather than through the unit of work, whose finds, snapshots, change sets and
 * version checks cost this mutation more than its statements (docs/benchmark.md): the records,
 * their audit events and the webhook event go in one statement, as the subscribers would write
 * them through the unit of work.
 */
export async function recordAttendance(
  data: ScopedData,
  conveningId: string,
  input: RecordAttendanceInput,
): Promise<Attendance[]> {
  return data.transaction(async (tx) => {
    // Takes of one convening are recorded one after the other (the convening is locked): a later
    // one finds the earlier one's records and updates them, where two at once would both insert
    // the same member.
    const convening = await tx.lockedById(Convening, conveningId);
    if (!convening) throw new NotFoundError('Convening', conveningId);
    // Read together, in one statement: each membership with its team, the convening's cohorts
    // and the records the entries replace.
    const [memberships, cohortIds, stored] = await Promise.all([
      Promise.all(input.entries.map((entry) => tx.byId(Membership, entry.membershipId, ['team']))),
      cohortIdsOf(tx, convening.id),
      storedMarks(tx, convening.id, input),
    ]);
    checkEntries(convening, cohortIds, input, memberships);

    const now = new Date();
    const marks = input.entries.map((entry, index) => {
      const membership = memberships[index] as Membership;
      return nextMark(stored.get(membership.id), {
        id: randomUUID(),
        version: 1,
        createdAt: now,
        updatedAt: now,
        convening: convening.id,
        membership: membership.id,
        status: entry.status,
        mode: entry.mode ?? null,
      });
    });
    const changes = marks.flatMap(({ change }) => (change ? [change] : []));
    await writeRowsAtOnce(tx.em, [
      {
        entity: Attendance,
        rows: changes.map((change) => change.record),
        upsert: { key: ['id'], replace: ['status', 'mode', 'updatedAt'] },
      },
      { entity: AuditEvent, rows: auditRowsOf(tx.viewer, changes) },
      { entity: WebhookEvent, rows: webhookEventRowsOf(changes) },
    ]);
    await tx.assertStoredWritable(
      Attendance,
      marks.map(({ record }) => record.id),
    );
    return marks.map(({ record }, index) =>
      Object.assign(new Attendance(), record, {
        convening: ref(convening),
        membership: ref(memberships[index] as Membership),
      }),
    );
  });
}

/** A member's record as stored: its columns, instants as JSON gives them. */
interface MarkRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  membership_id: string;
  status: AttendanceStatus;
  mode: AttendanceMode | null;
}

/** A record's properties as written, relations by id (a type: rows to write are records). */
type MarkRecord = {
  id: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  convening: string;
  membership: string;
  status: AttendanceStatus;
  mode: AttendanceMode | null;
};

type MarkChange = BulkChange & BulkRecordChange & { record: MarkRecord };

/**
 * An entry's record: the stored one replaced where its status or mode change (the version one
 * up), or left as it was; `added` when none is stored. With the change to log, if any.
 */
function nextMark(
  stored: MarkRow | undefined,
  added: MarkRecord,
): { record: MarkRecord; change: MarkChange | null } {
  if (!stored) {
    // Every field, as the unit of work logs a new record (the log leaves out bookkeeping).
    const changes = Object.fromEntries(
      Object.entries(added).map(([field, value]) => [field, [null, value]]),
    ) as Record<string, [unknown, unknown]>;
    const change = { entity: 'Attendance', entityId: added.id, record: added };
    return { record: added, change: { ...change, action: AuditAction.CREATED, changes } };
  }
  const kept: MarkRecord = {
    ...added,
    id: stored.id,
    version: stored.version,
    createdAt: new Date(stored.created_at),
    updatedAt: new Date(stored.updated_at),
  };
  const changes: Record<string, [unknown, unknown]> = {};
  if (stored.status !== added.status) changes.status = [stored.status, added.status];
  if (stored.mode !== added.mode) changes.mode = [stored.mode, added.mode];
  if (Object.keys(changes).length === 0) return { record: kept, change: null };
  const record = { ...kept, version: stored.version + 1, updatedAt: added.updatedAt };
  const change = { entity: 'Attendance', entityId: stored.id, record };
  return { record, change: { ...change, action: AuditAction.UPDATED, changes } };
}

/** The ids of the convening's cohorts. */
async function cohortIdsOf(tx: ScopedData, conveningId: string): Promise<Set<string>> {
  const rows = await tx.sqlRows<{ cohort_id: string }>({
    sql: 'select cohort_id from convening_cohort where convening_id = ?',
    params: [conveningId],
  });
  return new Set(rows.map((row) => row.cohort_id));
}

/** The convening's stored records of the entries' members, by membership. */
async function storedMarks(
  tx: ScopedData,
  conveningId: string,
  input: RecordAttendanceInput,
): Promise<Map<string, MarkRow>> {
  // A malformed id is reported by the check of the entries; it would fail the statement.
  const membershipIds = input.entries.map((entry) => entry.membershipId).filter(isUuid);
  if (membershipIds.length === 0) return new Map();
  const rows = await tx.sqlRows<MarkRow>({
    sql: `select id, version, created_at, updated_at, membership_id, status, mode from attendance
      where convening_id = ? and membership_id in (?)`,
    params: [conveningId, membershipIds],
  });
  return new Map(rows.map((row) => [row.membership_id, row]));
}

/** Reports every problem with the entries at once; `memberships` in entry order (null: not found). */
function checkEntries(
  convening: Convening,
  cohorts: ReadonlySet<string>,
  input: RecordAttendanceInput,
  memberships: readonly (Membership | null)[],
): void {
  const problems: FieldProblem[] = [];
  const problem = (index: number, field: string, message: Message) =>
    problems.push({ path: `input.entries.${index}.${field}`, message });

  const day = conveningDay(convening);
  // Marks for a convening not yet held would count as its attendance (and skew the rates):
  // before it starts, only an excused absence known in advance may be recorded.
  const started = convening.startsAt.getTime() <= Date.now();
  const firstEntry = new Map<string, number>();

  input.entries.forEach((entry, index) => {
    const membership = memberships[index];
    if (!membership) {
      problem(
        index,
        'membershipId',
        scopeMessages.noRecordWithId({ entity: entityName('Membership'), id: entry.membershipId }),
      );
    } else {
      const earlier = firstEntry.get(membership.id);
      if (earlier !== undefined) {
        problem(index, 'membershipId', m.sameMembershipAs({ index: earlier }));
      } else {
        firstEntry.set(membership.id, index);
        const why = attendeeProblem(membership, membership.team.getEntity(), day, cohorts);
        if (why) problem(index, 'membershipId', why);
      }
    }
    if (!started && entry.status !== AttendanceStatus.EXCUSED) {
      problem(
        index,
        'status',
        m.notStartedYet({ status: enumValue('AttendanceStatus', entry.status), day }),
      );
    }
    if (entry.mode != null) {
      if (convening.modality !== Modality.HYBRID) {
        problem(
          index,
          'mode',
          m.modeOnlyHybrid({ modality: enumValue('Modality', convening.modality) }),
        );
      } else if (entry.status !== AttendanceStatus.PRESENT) {
        problem(
          index,
          'mode',
          m.modeOnlyPresent({ status: enumValue('AttendanceStatus', entry.status) }),
        );
      }
    }
  });
  if (problems.length) throw new InvalidInputError(problems);
}
