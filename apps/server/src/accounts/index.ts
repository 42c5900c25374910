import { Account, ScopeBinding } from './account.entity.js';
import {
  AccountChildren,
  AccountMutations,
  AccountQueries,
  AccountReferences,
  AccountResolver,
  ApiTokenMutations,
  ApiTokenQueries,
  ApiTokenReferences,
  ScopeBindingQueries,
  ScopeBindingReferences,
} from './account.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { SavedQuery } from './saved-query.entity.js';
import { SavedQueryMutations, SavedQueryQueries } from './saved-query.resolver.js';
import { ApiToken, Session } from './session.entity.js';

export const entities = [Account, ScopeBinding, Session, ApiToken, SavedQuery];
export const resolvers = [
  AuthResolver,
  AccountQueries,
  AccountMutations,
  AccountResolver,
  AccountChildren,
  AccountReferences,
  ApiTokenQueries,
  ApiTokenMutations,
  ApiTokenReferences,
  ScopeBindingQueries,
  ScopeBindingReferences,
  SavedQueryQueries,
  SavedQueryMutations,
];
