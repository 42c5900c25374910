import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const subscriptionDefinition = defineResource({
  name: 'subscriptions',
  type: 'Subscription',
  fragment: gql`
    fragment SubscriptionFields on Subscription {
      id
      version
      email
      name
      organizationName
      language
      status
      confirmedAt
      unsubscribedAt
      createdAt
    }
  `,
  sortFields: ['createdAt', 'confirmedAt', 'email', 'status'],
  filters: ['q', 'status', 'language'],
});
