import type { MessagesLike } from './messages';
import type { searchEn } from './search.en';

/** `search.en.ts` in Spanish. */
export const searchEs: MessagesLike<typeof searchEn> = {
  label: 'Buscar personas, organizaciones y equipos',
  placeholder: 'Buscar… (pulse /)',
  typeMore: 'Escriba al menos 2 letras',
  searching: 'Buscando…',
  nothingFound: 'No se encontró nada para «{text}»',
  failed: 'La búsqueda falló: {message}',
  results: '{smart_count} resultado |||| {smart_count} resultados',
  kinds: {
    PERSON: 'Persona',
    ORGANIZATION: 'Organización',
    TEAM: 'Equipo',
  },
};
