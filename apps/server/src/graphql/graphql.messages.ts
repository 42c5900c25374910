import { defineMessages } from '../i18n/messages.js';

/**
 * The GraphQL layer's own texts: access refusals (access.ts), the Decimal scalar's, and those
 * graphql/errors.ts writes itself (database refusals, variable coercion, the unexpected).
 */
export const graphqlMessages = defineMessages('graphql', {
  apiTokensReadOnly: {
    en: 'API tokens are read-only.',
    es: 'Los tokens de API son de solo lectura.',
  },
  internalError: {
    en: 'Internal server error (id {errorId}).',
    es: 'Error interno del servidor (id {errorId}).',
  },
  alreadyUsed: {
    en: 'is already used by another record',
    es: 'ya lo usa otro registro',
  },
  notAccepted: {
    en: 'is not accepted here; if it is right, ask CEI staff to add it',
    es: 'no se acepta aquí; si es correcto, pida al personal de CEI que lo agregue',
  },
  violatesRule: {
    en: 'violates the database rule {constraint}',
    es: 'no cumple la regla {constraint} de la base de datos',
  },
  stillReferenced: {
    en: 'Other records still refer to this one; remove or change them first.',
    es: 'Otros registros todavía hacen referencia a este; elimínelos o cámbielos primero.',
  },
  changedMeanwhile: {
    en: 'The record was changed by someone else meanwhile. Reload it and try again.',
    es: 'Otra persona modificó el registro mientras tanto. Vuelva a cargarlo e inténtelo de nuevo.',
  },
  required: { en: 'is required', es: 'es obligatorio' },
  notNull: { en: 'must not be null', es: 'no puede ser nulo' },
  unknownField: {
    en: 'is not a field of {type}',
    es: 'no es un campo de {type}',
  },
  notInEnum: {
    en: 'is not one of the values of {type}',
    es: 'no es uno de los valores de {type}',
  },
  notAnAmount: {
    en: 'must be a Decimal such as "30000.00" (digits, at most two decimals)',
    es: 'debe ser un Decimal como "30000.00" (dígitos, con dos decimales como máximo)',
  },
  negativeAmount: { en: 'must not be negative', es: 'no puede ser negativo' },
  amountTooLarge: { en: 'must be less than {limit}', es: 'debe ser menor que {limit}' },
  nulCharacter: {
    en: 'must not contain the control character U+0000 (NUL)',
    es: 'no puede contener el carácter de control U+0000 (NUL)',
  },
  loneSurrogate: {
    en: 'is not valid Unicode text (it holds half of a surrogate pair)',
    es: 'no es Unicode válido (contiene la mitad de un par sustituto)',
  },
  notUtf8: {
    en: 'is not valid UTF-8 text',
    es: 'no es UTF-8 válido',
  },
  dateOutOfRange: {
    en: 'must be a date in the years 1 to 9999',
    es: 'debe ser una fecha entre los años 1 y 9999',
  },
  invalidValue: {
    en: 'is not a valid {type}',
    es: 'no es un valor válido de tipo {type}',
  },
});
