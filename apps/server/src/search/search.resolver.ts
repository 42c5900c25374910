import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_TEXT,
  search,
} from './search.service.js';
import { SearchHit } from './search.types.js';

@Resolver()
export class SearchQueries {
  @Allow(SIGNED_IN)
  @Query(() => [SearchHit], {
    description: `People, organizations and teams in your scope whose names (or, for people, email or job title; for organizations, short name or CDS code) contain every word of \`text\`, best match first. Only fields you may read are matched: a person whose name is hidden from you is never found. No count is given.`,
  })
  search(
    @Arg('text', () => String, {
      description: `The words to find, at most ${MAX_SEARCH_TEXT} characters; case does not matter.`,
    })
    text: string,
    @Arg('limit', () => Int, {
      defaultValue: DEFAULT_SEARCH_LIMIT,
      description: `How many hits at most: ${DEFAULT_SEARCH_LIMIT} by default, at most ${MAX_SEARCH_LIMIT} (larger values are capped).`,
    })
    limit: number,
    @Ctx() context: Context,
  ): Promise<SearchHit[]> {
    return search(context, text, limit);
  }
}
