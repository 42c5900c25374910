import { defineMessages } from '../i18n/messages.js';

/** The domain errors' own texts (common/errors.ts). */
export const errorMessages = defineMessages('errors', {
  notFound: {
    en: '{entity} {id} was not found.',
    es: 'No se encontró el registro {id} ({entity}).',
  },
  forbidden: {
    en: 'You are not allowed to do this.',
    es: 'No tiene permiso para hacer esto.',
  },
  signInFirst: {
    en: 'Sign in first.',
    es: 'Inicie sesión primero.',
  },
});
