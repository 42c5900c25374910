import { Account } from '../accounts/account.entity.js';
import { ADMIN } from '../graphql/access.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { referenceFields } from '../graphql/references.js';
import { AuditEventList } from './audit.inputs.js';
import { AuditEvent } from './audit-event.entity.js';

/** The references of AuditEvent records, resolved through the scope layer (null when out of scope). */
export const AuditEventReferences = referenceFields(AuditEvent, {
  actor: { type: () => Account, description: 'Who did it; null for the public or the system.' },
});

/** The log is read by CEI admins; no mutation writes or edits it. */
export const AuditEventQueries = entityQueries(AuditEvent, AuditEventList, {
  one: 'auditEvent',
  many: 'auditEvents',
  description:
    'The audit log, newest first: sign-ins, changes to records, and reads of protected data.',
  access: ADMIN,
});
