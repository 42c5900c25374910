import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

/** The audit log: read by CEI admins, written by the server alone. */
export const auditEventDefinition = defineResource({
  name: 'auditEvents',
  type: 'AuditEvent',
  fragment: gql`
    fragment AuditEventFields on AuditEvent {
      id
      version
      occurredAt
      action
      entity
      entityId
      actorRole
      summary
      changes
      actor {
        id
        displayName
        email
      }
    }
  `,
  sortFields: ['occurredAt'],
  filters: ['action', 'entity', 'entityId', 'actorId', 'occurredAtFrom', 'occurredAtTo'],
});
