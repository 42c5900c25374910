import { gql } from '@apollo/client';
import { defineResource } from '../data/resource';

export const accountDefinition = defineResource({
  name: 'accounts',
  type: 'Account',
  fragment: gql`
    fragment AccountFields on Account {
      id
      version
      email
      displayName
      role
      language
      disabledAt
      lastSignInAt
      person {
        id
        givenName
        familyName
      }
      createdAt
    }
  `,
  sortFields: ['email', 'displayName', 'role', 'lastSignInAt', 'createdAt'],
  filters: ['q', 'role', 'disabled'],
});
