import { defineMessages } from '../i18n/messages.js';

export const outcomeMessages = defineMessages('outcomes', {
  metricKeyFormat: {
    en: 'must be lower-case letters, digits, "-" or "_"',
    es: 'debe contener solo letras minúsculas, dígitos, "-" o "_"',
  },
  metricKeyTaken: {
    en: 'is already the key of another metric',
    es: 'ya es la clave de otro indicador',
  },
  notANumber: { en: 'must be a number', es: 'debe ser un número' },
  valueTooLarge: { en: 'must be less than {limit}', es: 'debe ser menor que {limit}' },
  valueTooPrecise: {
    en: 'must have at most four decimal places',
    es: 'debe tener como máximo cuatro decimales',
  },
  endBeforeStart: {
    en: 'must not be before the start of the period ({start})',
    es: 'no puede ser anterior al inicio del período ({start})',
  },
  periodTaken: {
    en: 'the team already has a value of this metric for the period starting {start}',
    es: 'el equipo ya tiene un valor de este indicador para el período que empieza el {start}',
  },
  beforeCheckIn: {
    en: 'must not be before the check-in ({day})',
    es: 'no puede ser anterior a la visita de seguimiento ({day})',
  },
  completedOnRequired: {
    en: 'is required for a completed deliverable',
    es: 'es obligatoria para un entregable en estado Completado',
  },
  evidenceRequired: {
    en: 'is required for a completed deliverable (e.g. a link to the published report)',
    es: 'es obligatoria para un entregable en estado Completado (por ejemplo, un enlace al informe publicado)',
  },
  completedOnOnlyWhenCompleted: {
    en: 'must be empty unless the deliverable is completed (it is {status})',
    es: 'debe quedar vacía salvo que el estado sea Completado (es {status})',
  },
});
