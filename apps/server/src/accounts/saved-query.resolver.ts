import { SIGNED_IN } from '../graphql/access.js';
import { entityMutations } from '../graphql/entity-mutations.js';
import { entityQueries } from '../graphql/entity-queries.js';
import { SavedQuery } from './saved-query.entity.js';
import { CreateSavedQueryInput, SavedQueryList } from './saved-query.inputs.js';
import { createSavedQuery } from './saved-query.service.js';

export const SavedQueryQueries = entityQueries(SavedQuery, SavedQueryList, {
  one: 'savedQuery',
  many: 'savedQueries',
  description: 'Your own saved queries (filters and sorts of lists), by name.',
  access: [SIGNED_IN],
});

export const SavedQueryMutations = entityMutations(SavedQuery, {
  access: [SIGNED_IN],
  arguments: { id: 'The saved query.' },
  create: {
    input: CreateSavedQueryInput,
    description: "Saves a list's filter and sort under a name; only you will see it.",
    run: createSavedQuery,
  },
  delete: { description: 'Removes one of your saved queries; returns its id.' },
});
