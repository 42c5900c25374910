import { defineMessages } from '../i18n/messages.js';

/** Answers the HTTP layer gives before a request reaches GraphQL or a feature's route. */
export const httpMessages = defineMessages('http', {
  bodyTooLarge: {
    en: 'The request is larger than the limit of {limit} MB (a document upload may be at most {documentLimit} MB).',
    es: 'La solicitud supera el límite de {limit} MB (un documento puede tener como máximo {documentLimit} MB).',
  },
  bodyNotJson: {
    en: 'The request body is not valid JSON.',
    es: 'El cuerpo de la solicitud no es JSON válido.',
  },
  bodyEncoding: {
    en: 'The request body must be JSON in UTF-8, without a content encoding.',
    es: 'El cuerpo de la solicitud debe ser JSON en UTF-8, sin codificación de contenido.',
  },
  badRequest: {
    en: 'The request is not valid.',
    es: 'La solicitud no es válida.',
  },
});
