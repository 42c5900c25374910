import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

/** Emails the system sent or will send (reminders, newsletter confirmations): CEI admins read them. */
export const outboxEmailDefinition = defineResource({
  name: 'outboxEmails',
  type: 'OutboxEmail',
  fragment: gql`
    fragment OutboxEmailFields on OutboxEmail {
      id
      version
      toAddress
      subject
      textBody
      kind
      status
      attempts
      lastError
      deliveredAt
      createdAt
    }
  `,
  sortFields: ['createdAt', 'deliveredAt', 'status', 'toAddress'],
  filters: ['q', 'status', 'kind', 'toAddress'],
});
