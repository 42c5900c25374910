import { Field, ID, InputType } from 'type-graphql';
import { Length, Matches } from '../common/validation.js';
import { ascending, defineList } from '../graphql/list.js';
import { JsonScalar } from '../graphql/scalars.js';
import { SavedQuery } from './saved-query.entity.js';
import { savedQueryMessages as m } from './saved-query.messages.js';

/** The most a saved list state may weigh, as JSON text: filters are a few ids and words. */
export const MAX_SAVED_QUERY_LENGTH = 10_000;
/** The most saved filters an account keeps per list. */
export const MAX_SAVED_QUERIES_PER_LIST = 50;

@InputType({ description: 'Filters for saved queries; all given filters must match.' })
export class SavedQueryFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Only those of this list.' })
  list?: string;
}

export const SavedQueryList = defineList(SavedQuery, {
  filter: SavedQueryFilter,
  orderFields: { NAME: 'name', CREATED_AT: 'createdAt' },
  defaultOrder: [ascending('name')],
});

@InputType({ description: "A list's current filter and sort, to save under a name." })
export class CreateSavedQueryInput {
  @Field(() => String, { description: 'The list, as the admin app names it: "teams".' })
  @Matches(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/, { message: m.listName() })
  list: string;

  @Field(() => String, {
    description: 'A name to find it by, unique among your saved queries of the list.',
  })
  @Length(1, 100)
  name: string;

  @Field(() => JsonScalar, {
    description: `The list's state: a JSON object of at most ${MAX_SAVED_QUERY_LENGTH} characters.`,
  })
  value: Record<string, unknown>;
}
