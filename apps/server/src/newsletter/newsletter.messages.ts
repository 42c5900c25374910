import { defineMessages } from '../i18n/messages.js';

/** The newsletter's refusals over GraphQL (its emails and pages are in newsletter.texts.ts). */
export const newsletterMessages = defineMessages('newsletter', {
  rateLimited: {
    en: 'Too many subscription requests. Try again in {minutes} minute(s).',
    es: 'Demasiadas solicitudes de suscripción. Vuelva a intentarlo en {minutes} minuto(s).',
  },
});
