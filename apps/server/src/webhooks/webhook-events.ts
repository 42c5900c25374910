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

/**
 * Writes an event for each change of a watched record in the flush's own transaction (the
 * webhook outbox). Changes people make (through the API, imports) are events; the system's own
 * loading of reference and demo data is not.
 */
export class WebhookEventSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const viewer = (em.getFilterParams(SCOPE_FILTER) as { viewer?: Viewer } | undefined)?.viewer;
    if (!viewer || viewer.via === 'system') return;
    const events = new Map<
      string,
      { type: WebhookEventType; recordId: string; action: WebhookAction }
    >();
    for (const changeSet of uow.getChangeSets() as ChangeSet<Record<string, unknown>>[]) {
      const watched = EVENTS[changeSet.meta.className];
      const action = actionOf[changeSet.type];
      if (!watched || !action) continue;
      const recordId = watched.recordOf(
        changeSet.type === ChangeSetType.DELETE
          ? (changeSet.originalEntity ?? changeSet.entity)
          : changeSet.entity,
      );
      if (!recordId) continue;
      const key = `${watched.type}\u0000${recordId}`;
      events.set(key, {
        type: watched.type,
        recordId,
        action: watched.summary ? WebhookAction.UPDATED : fold(events.get(key)?.action, action),
      });
    }
    const occurredAt = new Date();
    for (const event of events.values()) {
      uow.computeChangeSet(
        Object.assign(new WebhookEvent(), { id: randomUUID(), ...event, occurredAt }),
      );
    }
  }
}

/** The events of changes written in bulk (imports), in their transaction, as the subscriber would. */
export async function recordBulkWebhookEvents(
  em: EntityManager,
  changes: readonly { action: string; entity: string; entityId: string }[],
): Promise<void> {
  const occurredAt = new Date();
  const rows = changes.flatMap((change) => {
    const watched = EVENTS[change.entity];
    if (!watched || watched.summary || !(change.action in WebhookAction)) return [];
    return [
      {
        id: randomUUID(),
        type: watched.type,
        action: change.action as WebhookAction,
        recordId: change.entityId,
        occurredAt,
      },
    ];
  });
  await insertRows(em, WebhookEvent, rows);
}
