import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
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

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Allow(SIGNED_IN)
  @Mutation(() => SavedQuery, {
    description: "Saves a list's filter and sort under a name; only you will see it.",
  })
  createSavedQuery(
    @Arg('input', () => CreateSavedQueryInput) input: CreateSavedQueryInput,
    @Ctx() { data }: Context,
  ) {
    return createSavedQuery(data, input);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => ID, { description: 'Removes one of your saved queries; returns its id.' })
  deleteSavedQuery(
    @Arg('id', () => ID, { description: 'The saved query.' }) id: string,
    @Ctx() { data }: Context,
  ) {
    return data.remove(SavedQuery, id);
  }
}
