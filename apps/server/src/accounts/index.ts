import { Account, ScopeBinding } from './account.entity.js';
import {
  AccountQueries,
  AccountResolver,
  ScopeBindingQueries,
  ScopeBindingResolver,
} from './account.resolver.js';

export const entities = [Account, ScopeBinding];
export const resolvers = [
  AccountQueries,
  AccountResolver,
  ScopeBindingQueries,
  ScopeBindingResolver,
];
