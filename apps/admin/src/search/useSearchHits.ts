import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { CeiDataProvider } from '../data/dataProvider';
import { GLOBAL_SEARCH, type SearchHit } from './search.graphql';

/** Fewer letters find too much to be useful. */
export const MIN_SEARCH_LENGTH = 2;
/** Waits this long after the last key press before asking the server. */
export const SEARCH_DEBOUNCE_MS = 250;
const SEARCH_LIMIT = 8;

/**
 * The search hits for `text`, asked for once typing pauses; an answer to an older text never
 * replaces a newer one's.
 */
export function useSearchHits(text: string): {
  hits: SearchHit[];
  isSearching: boolean;
  error: string | undefined;
} {
  const dataProvider = useDataProvider<CeiDataProvider>();
  const [state, setState] = useState<{ hits: SearchHit[]; error?: string; for: string }>({
    hits: [],
    for: '',
  });
  const wanted = text.trim();

  useEffect(() => {
    if (wanted.length < MIN_SEARCH_LENGTH) return;
    let current = true;
    const timer = setTimeout(() => {
      dataProvider
        .execute<{ search: SearchHit[] }>(GLOBAL_SEARCH, { text: wanted, limit: SEARCH_LIMIT })
        .then(
          ({ search }) => current && setState({ hits: search, for: wanted }),
          (error: Error) => current && setState({ hits: [], error: error.message, for: wanted }),
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [dataProvider, wanted]);

  if (wanted.length < MIN_SEARCH_LENGTH) return { hits: [], isSearching: false, error: undefined };
  const answered = state.for === wanted;
  return {
    hits: answered ? state.hits : [],
    isSearching: !answered,
    error: answered ? state.error : undefined,
  };
}
