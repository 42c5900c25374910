import { defineMessages } from '../i18n/messages.js';

/** Saved queries' refusals (accounts/saved-query.*). */
export const savedQueryMessages = defineMessages('savedQueries', {
  listName: {
    en: 'must be a list name: a letter, then up to 59 letters, digits, "-" or "_"',
    es: 'debe ser el nombre de una lista: una letra y luego hasta 59 letras, dígitos, "-" o "_"',
  },
  notObject: { en: 'must be a JSON object', es: 'debe ser un objeto JSON' },
  tooLong: {
    en: 'must be at most {max} characters of JSON',
    es: 'debe tener como máximo {max} caracteres de JSON',
  },
  nameTaken: {
    en: 'you already have a saved query named "{name}" on {list}',
    es: 'ya tiene una consulta guardada llamada «{name}» en {list}',
  },
  tooMany: {
    en: 'already has {max} saved queries; remove one first',
    es: 'ya tiene {max} consultas guardadas; quite una primero',
  },
});
