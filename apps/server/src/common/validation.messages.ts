import { defineMessages } from '../i18n/messages.js';

/**
 * Problems with one field, said the same way everywhere: the input validators'
 * (common/validation.ts) and the services' common checks. They read after the field's label:
 * "Name: must be between 1 and 100 characters".
 */
export const validationMessages = defineMessages('validation', {
  id: { en: 'must be an id', es: 'debe ser un id válido' },
  ids: { en: 'must be ids', es: 'debe ser una lista de ids válidos' },
  email: { en: 'must be an email address', es: 'debe ser una dirección de correo electrónico' },
  length: {
    en: 'must be between {min} and {max} characters',
    es: 'debe tener entre {min} y {max} caracteres',
  },
  maxLength: {
    en: 'must be at most {max} characters',
    es: 'debe tener como máximo {max} caracteres',
  },
  min: { en: 'must be at least {min}', es: 'debe ser como mínimo {min}' },
  max: { en: 'must be at most {max}', es: 'debe ser como máximo {max}' },
  arrayMinSize: {
    en: 'must hold at least {min} items',
    es: 'debe contener al menos {min} elementos',
  },
  arrayMaxSize: {
    en: 'may hold at most {max} items',
    es: 'puede contener como máximo {max} elementos',
  },
  url: {
    en: 'must be a web address starting with https://',
    es: 'debe ser una dirección web que empiece por https://',
  },
  oneOf: { en: 'must be {values}', es: 'debe ser {values}' },
  notNullKeep: {
    en: 'must not be null (leave it out to keep it)',
    es: 'no puede ser nulo (omítalo para conservar el valor actual)',
  },
  notBlank: { en: 'must not be blank', es: 'no puede quedar en blanco' },
  notAfterToday: {
    en: 'must not be after today ({today})',
    es: 'no puede ser posterior a hoy ({today})',
  },
  moreThanZero: { en: 'must be more than 0.00', es: 'debe ser mayor que 0.00' },
  programYear: {
    en: 'must be a program year such as {example}',
    es: 'debe ser un año del programa, por ejemplo {example}',
  },
  programYearInOrder: {
    en: 'must be a program year such as {example}, the second year following the first',
    es: 'debe ser un año del programa, por ejemplo {example}, con el segundo año a continuación del primero',
  },
});
