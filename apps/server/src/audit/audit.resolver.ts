import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity.js';
import { ADMIN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { AuditEventList } from './audit.inputs.js';
import { AuditEvent } from './audit-event.entity.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description: 'Who did it; null for the public or the system.',
  })
  actor(@Root() event: AuditEvent, @Ctx() { data }: Context) {
    return data.ref(event.actor);
  }
}

/** The log is read by CEI admins; no mutation writes or edits it. */
export const AuditEventQueries = entityQueries(AuditEvent, AuditEventList, {
  one: 'auditEvent',
  many: 'auditEvents',
  description:
    'The audit log, newest first: sign-ins, changes to records, and reads of protected data.',
  access: ADMIN,
});
