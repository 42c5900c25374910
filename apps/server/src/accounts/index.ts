import { Account, ScopeBinding } from './account.entity.js';
import {
  AccountQueries,
  AccountResolver,
  ApiTokenQueries,
  ApiTokenResolver,
  ScopeBindingQueries,
  ScopeBindingResolver,
} from './account.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { SavedQuery } from './saved-query.entity.js';
import { SavedQueryQueries, SavedQueryResolver } from './saved-query.resolver.js';
import { ApiToken, Session } from './session.entity.js';

export const entities = [Account, ScopeBinding, Session, ApiToken, SavedQuery];
export const resolvers = [
  AuthResolver,
  AccountQueries,
  AccountResolver,
  ApiTokenQueries,
  ApiTokenResolver,
  ScopeBindingQueries,
  ScopeBindingResolver,
  SavedQueryQueries,
  SavedQueryResolver,
];
