import { gql } from '@apollo/client';

/** A record the global search found (`SearchHit`). */
export interface SearchHit {
  kind: 'PERSON' | 'ORGANIZATION' | 'TEAM';
  id: string;
  title: string;
  subtitle: string | null;
}

/** People, organizations and teams in the viewer's scope, best match first. */
export const GLOBAL_SEARCH = gql`
  query GlobalSearch($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      kind
      id
      title
      subtitle
    }
  }
`;

export const SEARCH_DOCUMENTS = { GLOBAL_SEARCH };

/** The admin resource whose show page each kind of hit opens. */
export const RESOURCE_OF_KIND: Record<SearchHit['kind'], string> = {
  PERSON: 'people',
  ORGANIZATION: 'organizations',
  TEAM: 'teams',
};
