import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { AuditAction } from '@cei/domain';
import {
  type ChangeSet,
  ChangeSetType,
  type EventSubscriber,
  type FlushEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../accounts/account.entity.js';
import { insertRows } from '../database/bulk-insert.js';
import type { Context } from '../graphql/context.js';
import type { Viewer } from '../scope/viewer.js';
import { AuditEvent } from './audit-event.entity.js';

/**
 * The audit log. Changes are recorded by a flush subscriber, so every write of every service is
 * logged in the same transaction as the write itself; sign-ins and protected reads are recorded
 * where they happen. The actor is the viewer whose EntityManager flushes.
 */

const actors = new WeakMap<object, Viewer>();

/** Ties an EntityManager (a request's, or its transaction's) to the viewer acting through it. */
export function bindAuditActor(em: EntityManager, viewer: Viewer): void {
  actors.set(em, viewer);
}

const NOT_AUDITED = new Set(['AuditEvent', 'Session']);
const SECRETS = new Set([
  'passwordHash',
  'tokenHash',
  'confirmTokenHash',
  'unsubscribeTokenHash',
  'content',
]);
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

const actionOf: Record<ChangeSetType, AuditAction | null> = {
  [ChangeSetType.CREATE]: AuditAction.CREATED,
  [ChangeSetType.UPDATE]: AuditAction.UPDATED,
  [ChangeSetType.DELETE]: AuditAction.DELETED,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATED,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETED,
};

/** `{ field: [before, after] }` for the fields a change set writes; secrets redacted. */
function changesOf(changeSet: ChangeSet<object>): Record<string, [unknown, unknown]> {
  const before = (changeSet.originalEntity ?? {}) as Record<string, unknown>;
  const after =
    changeSet.type === ChangeSetType.DELETE ? {} : (changeSet.payload as Record<string, unknown>);
  const fields = changeSet.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(after);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const redact = (value: unknown) =>
      SECRETS.has(field) && value != null ? '[redacted]' : (value ?? null);
    changes[field] = [
      redact(changeSet.type === ChangeSetType.CREATE ? null : before[field]),
      redact(after[field]),
    ];
  }
  return changes;
}

export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const viewer = actors.get(em);
    // The system's own writes (reference and demo data, jobs) are not a person's actions.
    if (!viewer || viewer.via === 'system') return;
    for (const changeSet of uow.getChangeSets()) {
      const action = actionOf[changeSet.type];
      const entity = changeSet.meta.className;
      if (!action || NOT_AUDITED.has(entity)) continue;
      const entityId = String(changeSet.getPrimaryKey());
      const event = newEvent(em, viewer, {
        action,
        entity,
        entityId,
        changes: changesOf(changeSet as ChangeSet<object>),
        summary: `${action.toLowerCase()} ${entity} ${entityId}`,
      });
      uow.computeChangeSet(event);
    }
  }
}

interface EventFacts {
  action: AuditAction;
  entity?: string | null;
  entityId?: string | null;
  changes?: Record<string, unknown> | null;
  summary: string;
}

function newEvent(em: FlushEventArgs['em'], viewer: Viewer | null, facts: EventFacts): AuditEvent {
  const event = new AuditEvent();
  Object.assign(event, facts, {
    actor: viewer?.accountId ? em.getReference(Account, viewer.accountId, { wrapped: true }) : null,
    actorRole: viewer?.role ?? null,
  });
  return event;
}

/** Writes an event at once, outside any unit of work (sign-ins, sign-outs). */
export async function recordEvent(
  em: EntityManager,
  actor: { accountId: string | null; role: string | null } | null,
  facts: EventFacts,
): Promise<void> {
  await em.insert(AuditEvent, {
    ...new AuditEvent(),
    ...facts,
    actor: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
  } as never);
}

/** A change written without the unit of work (a bulk insert), to log as the subscriber would. */
export interface BulkChange {
  action: AuditAction;
  entity: string;
  entityId: string;
  /** `{ field: [before, after] }`, bookkeeping fields left out. */
  changes: Record<string, [unknown, unknown]>;
}

/**
 * Logs changes written in bulk (imports), in the same transaction as the writes: the same events
 * the flush subscriber writes for one record at a time, inserted a thousand per statement. `note`
 * ends each summary (e.g. the import that wrote them).
 */
export async function recordBulkChanges(
  em: EntityManager,
  viewer: Viewer,
  changes: readonly BulkChange[],
  note?: string,
): Promise<void> {
  await insertRows(em, AuditEvent, auditRowsOf(viewer, changes, note));
}

/**
 * The audit log's rows for changes written without the unit of work, for the caller to insert
 * with its writes (`recordBulkChanges`, `writeRowsAtOnce`): the events the flush subscriber would
 * write. None for the system's own writes.
 */
export function auditRowsOf(
  viewer: Viewer,
  changes: readonly BulkChange[],
  note?: string,
): Record<string, unknown>[] {
  const actor = viewer.via === 'system' ? null : viewer;
  if (!actor) return [];
  const occurredAt = new Date();
  return changes.map((change) => ({
    id: randomUUID(),
    version: 1,
    createdAt: occurredAt,
    updatedAt: occurredAt,
    occurredAt,
    action: change.action,
    actor: actor.accountId,
    actorRole: actor.role,
    entity: change.entity,
    entityId: change.entityId,
    changes: Object.fromEntries(
      Object.entries(change.changes)
        .filter(([field]) => !BOOKKEEPING.has(field))
        .map(([field, [before, after]]) => [
          field,
          SECRETS.has(field)
            ? [before == null ? null : '[redacted]', after == null ? null : '[redacted]']
            : [before ?? null, after ?? null],
        ]),
    ),
    summary: `${change.action.toLowerCase()} ${change.entity} ${change.entityId}${note ? ` ${note}` : ''}`,
  }));
}

/** Protected fields read in one request, recorded together when the response goes out. */
export class ProtectedReads {
  private readonly reads = new Map<
    string,
    { entity: string; entityId: string; fields: Set<string> }
  >();

  add(entity: string, entityId: string, field: string): void {
    const key = `${entity}:${entityId}`;
    const read = this.reads.get(key) ?? { entity, entityId, fields: new Set<string>() };
    read.fields.add(field);
    this.reads.set(key, read);
  }

  isEmpty(): boolean {
    return this.reads.size === 0;
  }

  async flush(em: EntityManager, viewer: Viewer): Promise<void> {
    if (this.isEmpty()) return;
    const rows = [...this.reads.values()].map((read) => ({
      ...new AuditEvent(),
      action: AuditAction.PROTECTED_READ,
      actor: viewer.accountId,
      actorRole: viewer.role,
      entity: read.entity,
      entityId: read.entityId,
      changes: { fields: [...read.fields].sort() },
      summary: `read ${[...read.fields].sort().join(', ')} of ${read.entity} ${read.entityId}`,
    }));
    this.reads.clear();
    await em.insertMany(AuditEvent, rows as never[]);
  }
}

/** Writes the request's protected reads when its response is sent. */
export const protectedReadsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const { protectedReads, data, viewer } = contextValue;
        // A fork costs more than most answers: only a request that read protected fields makes one.
        if (protectedReads.isEmpty()) return;
        await protectedReads.flush(data.em.fork(), viewer);
      },
    };
  },
};
