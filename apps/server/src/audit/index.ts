import { AuditEventQueries, AuditEventReferences } from './audit.resolver.js';
import { AuditEvent } from './audit-event.entity.js';

export const entities = [AuditEvent];
export const resolvers = [AuditEventQueries, AuditEventReferences];
