import { defineMessages } from '../i18n/messages.js';

export const teamMessages = defineMessages('teams', {
  isLeadLea: { en: 'is the lead LEA already', es: 'ya es la LEA principal' },
  schoolOfTeamLeas: {
    en: "must be a school of the team's LEAs",
    es: 'debe ser una escuela de las LEA del equipo',
  },
  commitmentEndsBeforeJoin: {
    en: 'must be after the date the team joined',
    es: 'debe ser posterior a la fecha de ingreso',
  },
  leadsTeamInCohort: {
    en: 'already leads a team in this cohort',
    es: 'ya encabeza un equipo en esta cohorte',
  },
});
