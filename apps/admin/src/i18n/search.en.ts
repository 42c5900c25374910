/** The global search box in the app bar. */
export const searchEn = {
  label: 'Search people, organizations and teams',
  placeholder: 'Search… (press /)',
  typeMore: 'Type at least 2 letters',
  searching: 'Searching…',
  nothingFound: 'Nothing found for “{text}”',
  failed: 'The search failed: {message}',
  results: '{smart_count} result |||| {smart_count} results',
  kinds: {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    TEAM: 'Team',
  },
};
