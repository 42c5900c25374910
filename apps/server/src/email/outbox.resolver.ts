import { ADMIN } from '../graphql/access.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { OutboxEmailList } from './outbox.inputs.js';
import { OutboxEmail } from './outbox-email.entity.js';

/** What the system sent or will send, for CEI admins: the only view of mail without SMTP_URL. */
export const OutboxEmailQueries = entityQueries(OutboxEmail, OutboxEmailList, {
  one: 'outboxEmail',
  many: 'outboxEmails',
  description:
    'Emails the system sent or will send, newest first: queued, sent through SMTP_URL, only logged (no mail server set) or failed.',
  access: ADMIN,
});
