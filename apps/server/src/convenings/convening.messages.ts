import { defineMessages } from '../i18n/messages.js';

export const conveningMessages = defineMessages('convenings', {
  cohortRequired: {
    en: 'must name at least one cohort',
    es: 'debe indicar al menos una cohorte',
  },
  startsOutsideYear: {
    en: 'must fall in program year {year} (1 July to 30 June)',
    es: 'debe caer dentro del año del programa {year} (del 1 de julio al 30 de junio)',
  },
  endsBeforeStart: {
    en: 'must be after the start time',
    es: 'debe ser posterior a la hora de inicio',
  },
  cohortTwice: { en: 'names a cohort twice', es: 'indica la misma cohorte dos veces' },
  numberTaken: {
    en: 'is already used in {year} by a convening of the same cohort',
    es: 'ya lo usa en {year} otra convocatoria de la misma cohorte',
  },
  entriesRequired: {
    en: 'must hold at least one entry',
    es: 'debe contener al menos una entrada',
  },
  tooManyEntries: {
    en: 'may hold at most {max} entries',
    es: 'puede contener como máximo {max} entradas',
  },
  sameMembershipAs: {
    en: 'names the same membership as entry {index}',
    es: 'indica la misma membresía que la entrada {index}',
  },
  teamNotInvited: {
    en: 'is on {team}, a team of a cohort this convening is not for',
    es: 'pertenece a {team}, un equipo de una cohorte a la que no va dirigida esta convocatoria',
  },
  notOnTeamOnDay: {
    en: 'was not on {team} on {day}, the day of the convening (member from {startedOn})',
    es: 'no formaba parte de {team} el {day}, día de la convocatoria (miembro desde el {startedOn})',
  },
  notOnTeamOnDayUntil: {
    en: 'was not on {team} on {day}, the day of the convening (member from {startedOn} until {endedOn})',
    es: 'no formaba parte de {team} el {day}, día de la convocatoria (miembro del {startedOn} al {endedOn})',
  },
  modeOnlyHybrid: {
    en: 'is recorded only for hybrid convenings; this one is {modality}',
    es: 'solo se registra en convocatorias híbridas; esta es {modality}',
  },
  modeOnlyPresent: {
    en: 'is recorded only for members present; this entry is {status}',
    es: 'solo se registra para los miembros presentes; esta entrada está marcada como {status}',
  },
  notStartedYet: {
    en: 'cannot be {status} yet: the convening starts on {day}; before then only an excused absence known in advance may be recorded',
    es: 'todavía no puede ser {status}: la convocatoria empieza el {day}; hasta entonces solo se puede registrar una ausencia justificada conocida de antemano',
  },
  exactlyOneFeedSubject: {
    en: 'give either a cohort or a person, not both',
    es: 'indique una cohorte o una persona, pero no ambas',
  },
  noCalendar: {
    en: 'No calendar at this address: it is unknown, renewed or revoked.',
    es: 'No hay ningún calendario en esta dirección: no existe, se renovó o se revocó.',
  },
  ownFeedsOnly: {
    en: 'You may make a calendar feed of your own convenings only; CEI staff and team leads also of people on the rosters they keep.',
    es: 'Solo puede crear una suscripción de calendario de sus propias convocatorias; el personal de CEI y los líderes de equipo, también de las personas de los equipos que gestionan.',
  },
});
