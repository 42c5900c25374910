import { randomUUID } from 'node:crypto';
import { WebhookAction, WebhookEventType } from '@cei/domain';
import {
  type ChangeSet,
  ChangeSetType,
  type EventSubscriber,
  type FlushEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRows } from '../database/bulk-insert.js';
import { SCOPE_FILTER } from '../scope/scope-filter.js';
import type { Viewer } from '../scope/viewer.js';
import { WebhookEvent } from './webhook.entity.js';

/**
 * Which changes are webhook events, by entity: the record an event names and its kind. An
 * attendance record is never sent itself (protected tier): its convening's attendance summary
 * changed, and the summary is what is sent, as the owner may read it.
 */
const EVENTS: Record<
  string,
  {
    type: WebhookEventType;
    recordOf: (entity: Record<string, unknown>) => string | undefined;
    summary?: true;
  }
> = {
  Team: { type: WebhookEventType.TEAM, recordOf: (team) => team.id as string },
  Membership: {
    type: WebhookEventType.MEMBERSHIP,
    recordOf: (membership) => membership.id as string,
  },
  Convening: { type: WebhookEventType.CONVENING, recordOf: (convening) => convening.id as string },
  Deliverable: {
    type: WebhookEventType.DELIVERABLE,
    recordOf: (deliverable) => deliverable.id as string,
  },
  Attendance: {
    type: WebhookEventType.ATTENDANCE_SUMMARY,
    // A reference, or its bare id in a deleted record's original values.
    recordOf: ({ convening }) =>
      typeof convening === 'string' ? convening : (convening as { id?: string } | undefined)?.id,
    summary: true,
  },
};

const actionOf: Partial<Record<ChangeSetType, WebhookAction>> = {
  [ChangeSetType.CREATE]: WebhookAction.CREATED,
  [ChangeSetType.UPDATE]: WebhookAction.UPDATED,
  [ChangeSetType.DELETE]: WebhookAction.DELETED,
  [ChangeSetType.UPDATE_EARLY]: WebhookAction.UPDATED,
  [ChangeSetType.DELETE_EARLY]: WebhookAction.DELETED,
};

/** A record's events in one flush fold into one: created wins over updated, deleted over both. */
function fold(earlier: WebhookAction | undefined, later: WebhookAction): WebhookAction {
  if (!earlier || later === WebhookAction.DELETED) return later;
  return earlier === WebhookAction.CREATED ? earlier : later;
}

/** A change of a record, as events see it: its values (a deleted record's last ones). */
interface RecordChange {
  entity: string;
  action: WebhookAction;
  record: Record<string, unknown>;
}

/** The events of one transaction's changes: one per record named, its actions folded. */
function eventsOf(changes: Iterable<RecordChange>) {
  const events = new Map<
    string,
    { type: WebhookEventType; recordId: string; action: WebhookAction }
  >();
  for (const change of changes) {
    const watched = EVENTS[change.entity];
    const recordId = watched?.recordOf(change.record);
    if (!watched || !recordId) continue;
    const key = `${watched.type}\u0000${recordId}`;
    events.set(key, {
      type: watched.type,
      recordId,
      action: watched.summary
        ? WebhookAction.UPDATED
        : fold(events.get(key)?.action, change.action),
    });
  }
  const occurredAt = new Date();
  return [...events.values()].map((event) => ({ id: randomUUID(), ...event, occurredAt }));
}

/**
 * Writes an event for each change of a watched record in the flush's own transaction (the
 * webhook outbox). Changes people make (through the API, imports) are events; the system's own
 * loading of reference and demo data is not.
 */
export class WebhookEventSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const viewer = (em.getFilterParams(SCOPE_FILTER) as { viewer?: Viewer } | undefined)?.viewer;
    if (!viewer || viewer.via === 'system') return;
    const changes: RecordChange[] = [];
    for (const changeSet of uow.getChangeSets() as ChangeSet<Record<string, unknown>>[]) {
      const action = actionOf[changeSet.type];
      if (!action) continue;
      changes.push({
        entity: changeSet.meta.className,
        action,
        record:
          changeSet.type === ChangeSetType.DELETE
            ? (changeSet.originalEntity ?? changeSet.entity)
            : changeSet.entity,
      });
    }
    for (const event of eventsOf(changes)) {
      uow.computeChangeSet(Object.assign(new WebhookEvent(), event));
    }
  }
}

/** A change written without the unit of work; `record`, its values where an event needs them. */
export interface BulkRecordChange {
  action: string;
  entity: string;
  entityId: string;
  /** E.g. an attendance record's convening, whose attendance summary changed. */
  record?: Record<string, unknown>;
}

/**
 * The events of changes written without the unit of work (imports), in their transaction, as the
 * subscriber would write them.
 */
export async function recordBulkWebhookEvents(
  em: EntityManager,
  changes: readonly BulkRecordChange[],
): Promise<void> {
  await insertRows(em, WebhookEvent, webhookEventRowsOf(changes));
}

/**
 * The webhook events' rows for changes written without the unit of work, for the caller to
 * insert with its writes (`recordBulkWebhookEvents`, `writeRowsAtOnce`).
 */
export function webhookEventRowsOf(
  changes: readonly BulkRecordChange[],
): Record<string, unknown>[] {
  return eventsOf(
    changes.flatMap((change) =>
      change.action in WebhookAction
        ? [
            {
              entity: change.entity,
              action: change.action as WebhookAction,
              record: change.record ?? { id: change.entityId },
            },
          ]
        : [],
    ),
  );
}
