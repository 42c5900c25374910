import { defineMessages } from '../i18n/messages.js';

/** Accounts, sign-in, passwords and API tokens. */
export const accountMessages = defineMessages('accounts', {
  signInFailed: {
    en: 'The email or password is incorrect, or sign-in is paused after too many attempts (try again in 15 minutes).',
    es: 'El correo electrónico o la contraseña no son correctos, o el inicio de sesión está en pausa tras demasiados intentos (vuelva a intentarlo en 15 minutos).',
  },
  notCurrentPassword: {
    en: 'is not your current password',
    es: 'no es su contraseña actual',
  },
  passwordTooShort: {
    en: 'must be at least {min} characters',
    es: 'debe tener al menos {min} caracteres',
  },
  passwordTooLong: {
    en: 'must be at most {max} characters',
    es: 'debe tener como máximo {max} caracteres',
  },
  liaisonScope: {
    en: 'a COE liaison is bound to one or more county offices',
    es: 'un enlace de la oficina de educación del condado debe estar vinculado a una o más oficinas de educación del condado',
  },
  partnerScope: {
    en: 'a CBO partner is bound to one community-based organization',
    es: 'un socio de organización comunitaria debe estar vinculado a una sola organización comunitaria',
  },
  leadScope: {
    en: 'a team lead is bound to one or more teams',
    es: 'un líder de equipo debe estar vinculado a uno o más equipos',
  },
  noBindings: {
    en: 'a {role} account has no scope bindings',
    es: 'una cuenta con el rol {role} no tiene vínculos de alcance',
  },
  teamsOnlyForLeads: {
    en: 'only team leads are bound to teams',
    es: 'solo los líderes de equipo se vinculan a equipos',
  },
  unknownOrganization: {
    en: 'names an unknown organization',
    es: 'indica una organización que no existe',
  },
  unknownTeam: { en: 'names an unknown team', es: 'indica un equipo que no existe' },
  mustBeApiPartner: {
    en: 'must be an API partner account',
    es: 'debe ser una cuenta de socio de API',
  },
  inTheFuture: { en: 'must be in the future', es: 'debe ser una fecha futura' },
  withinAYear: { en: 'must be within a year', es: 'debe estar dentro del próximo año' },
  invalidApiToken: {
    en: 'The API token is not valid: it is unknown, expired or revoked.',
    es: 'El token de API no es válido: no existe, venció o fue revocado.',
  },
});
