import { Account, ScopeBinding } from './account.entity.js';
import {
  AccountChildren,
  AccountQueries,
  AccountReferences,
  AccountResolver,
  ApiTokenQueries,
  ApiTokenReferences,
  ScopeBindingQueries,
  ScopeBindingReferences,
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
  AccountChildren,
  AccountReferences,
  ApiTokenQueries,
  ApiTokenReferences,
  ScopeBindingQueries,
  ScopeBindingReferences,
  SavedQueryQueries,
  SavedQueryResolver,
];
