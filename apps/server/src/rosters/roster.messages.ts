import { defineMessages } from '../i18n/messages.js';

export const rosterMessages = defineMessages('rosters', {
  phone: { en: 'must be a phone number', es: 'debe ser un número de teléfono' },
  alreadyEnded: {
    en: 'the membership already has an end date ({endedOn}); correct it by editing the membership',
    es: 'la membresía ya tiene fecha de finalización ({endedOn}); corríjala modificando la membresía',
  },
  endBeforeStart: {
    en: 'must be after the start date ({startedOn})',
    es: 'debe ser posterior a la fecha de inicio ({startedOn})',
  },
  reasonWithoutEnd: {
    en: 'needs an end date',
    es: 'requiere una fecha de finalización',
  },
  roleNotForKind: {
    en: '{role} is not a seat for a person of kind {kind}',
    es: 'el rol {role} no corresponde a una persona de tipo {kind}',
  },
  roleHeldAlready: {
    en: 'the person already holds this role on the team for these dates',
    es: 'la persona ya ocupa este rol en el equipo en esas fechas',
  },
});
