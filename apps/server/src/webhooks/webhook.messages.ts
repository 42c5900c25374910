import { defineMessages } from '../i18n/messages.js';

/** Refusals of webhook endpoints, and why a delivery failed or was skipped (its log). */
export const webhookMessages = defineMessages('webhooks', {
  notAUrl: { en: 'must be an http or https URL', es: 'debe ser una URL http o https' },
  httpsOnly: { en: 'must use https', es: 'debe usar https' },
  noCredentialsInUrl: {
    en: 'must not hold a user name or password',
    es: 'no debe contener un usuario ni una contraseña',
  },
  addressNotPublic: {
    en: 'leads to {address}, which is not a public internet address',
    es: 'lleva a {address}, que no es una dirección pública de internet',
  },
  notAnAddress: {
    en: '{address} is not an internet address',
    es: '{address} no es una dirección de internet',
  },
  hostNotFound: {
    en: 'its server {host} was not found',
    es: 'no se encontró su servidor {host}',
  },
  ownerRequired: {
    en: 'is required: the API partner account the endpoint is for',
    es: 'es obligatorio: la cuenta de socio de API a la que pertenece el punto de conexión',
  },
  answeredWithStatus: {
    en: 'the receiver answered with HTTP status {status}',
    es: 'el receptor respondió con el estado HTTP {status}',
  },
  noAnswer: {
    en: 'the receiver did not answer within {seconds} seconds',
    es: 'el receptor no respondió en {seconds} segundos',
  },
  couldNotConnect: {
    en: 'could not reach the receiver ({reason})',
    es: 'no se pudo llegar al receptor ({reason})',
  },
  outOfScope: {
    en: "not sent: the record is outside the owner's scope, or no longer exists",
    es: 'no enviado: el registro está fuera del alcance del propietario, o ya no existe',
  },
  notPrepared: {
    en: 'the server could not prepare the event; it will try again',
    es: 'el servidor no pudo preparar el evento; lo volverá a intentar',
  },
  ownerCannotReceive: {
    en: "not sent: the owner's account is disabled or no longer an API partner",
    es: 'no enviado: la cuenta del propietario está desactivada o ya no es de socio de API',
  },
});
