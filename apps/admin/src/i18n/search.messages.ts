/** The global search box in the app bar. */
export const searchMessages = {
  en: {
    label: 'Search people, organizations and teams',
    placeholder: 'Search… (press /)',
    typeMore: 'Type at least 2 letters',
    searching: 'Searching…',
    nothingFound: 'Nothing found for “%{text}”',
    failed: 'The search failed: %{message}',
    results: '%{smart_count} result |||| %{smart_count} results',
    kinds: {
      PERSON: 'Person',
      ORGANIZATION: 'Organization',
      TEAM: 'Team',
    },
  },
  es: {
    label: 'Buscar personas, organizaciones y equipos',
    placeholder: 'Buscar… (pulse /)',
    typeMore: 'Escriba al menos 2 letras',
    searching: 'Buscando…',
    nothingFound: 'No se encontró nada para «%{text}»',
    failed: 'La búsqueda falló: %{message}',
    results: '%{smart_count} resultado |||| %{smart_count} resultados',
    kinds: {
      PERSON: 'Persona',
      ORGANIZATION: 'Organización',
      TEAM: 'Equipo',
    },
  },
};
