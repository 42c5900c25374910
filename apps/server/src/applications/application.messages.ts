import { defineMessages } from '../i18n/messages.js';

/** Letters of interest, their documents, reviews and rubrics. */
export const applicationMessages = defineMessages('applications', {
  cohortNotRecruiting: {
    en: '{cohort} is not recruiting (it is {status}); letters of interest go to a recruiting cohort',
    es: '{cohort} no está en reclutamiento (está en estado {status}); las cartas de interés se dirigen a una cohorte en reclutamiento',
  },
  alreadyApplied: {
    en: '{lea} already has an application to {cohort}',
    es: '{lea} ya tiene una solicitud para {cohort}',
  },
  notAnLea: { en: '{name} is not an LEA', es: '{name} no es una LEA' },
  isApplyingLea: { en: 'is the applying LEA already', es: 'ya es la LEA solicitante' },
  notASchool: { en: '{name} is not a school', es: '{name} no es una escuela' },
  notSchoolOfApplicants: {
    en: '{name} is not a school of the applying LEAs',
    es: '{name} no es una escuela de las LEA solicitantes',
  },
  noLongerRecruiting: {
    en: '{cohort} is no longer recruiting (it is {status})',
    es: '{cohort} ya no está en reclutamiento (está en estado {status})',
  },
  notOpenYet: {
    en: 'applications to {cohort} open at {opensAt}',
    es: 'las solicitudes para {cohort} se abren el {opensAt}',
  },
  missingPart: { en: 'missing: {part}', es: 'falta: {part}' },
  signedOnPart: {
    en: 'the date the superintendent signed',
    es: 'la fecha en que firmó el superintendente',
  },
  noMinimumCommitment: {
    en: '{cohort} has no minimum commitment; set it before selecting teams',
    es: '{cohort} no tiene un compromiso mínimo; fíjelo antes de seleccionar equipos',
  },
  noStipendPerTeam: {
    en: '{cohort} has no stipend per team per year; set it before selecting teams',
    es: '{cohort} no tiene un estipendio por equipo y año; fíjelo antes de seleccionar equipos',
  },
  changeNotDraft: {
    en: 'the application is {status}; only a draft can be changed',
    es: 'la solicitud está en estado {status}; solo se puede modificar un borrador',
  },
  uploadNotDraft: {
    en: 'the application is {status}; only a draft can be given new files',
    es: 'la solicitud está en estado {status}; solo se pueden añadir archivos a un borrador',
  },
  submit: {
    en: 'the application is {from}; only {allowed} applications can be submitted',
    es: 'la solicitud está en estado {from}; solo se pueden enviar las solicitudes en estado {allowed}',
  },
  startReview: {
    en: 'the application is {from}; only {allowed} applications can be put under review',
    es: 'la solicitud está en estado {from}; solo se pueden poner en revisión las solicitudes en estado {allowed}',
  },
  select: {
    en: 'the application is {from}; only {allowed} applications can be selected',
    es: 'la solicitud está en estado {from}; solo se pueden seleccionar las solicitudes en estado {allowed}',
  },
  waitlist: {
    en: 'the application is {from}; only {allowed} applications can be waitlisted',
    es: 'la solicitud está en estado {from}; solo se pueden poner en lista de espera las solicitudes en estado {allowed}',
  },
  decline: {
    en: 'the application is {from}; only {allowed} applications can be declined',
    es: 'la solicitud está en estado {from}; solo se pueden marcar como no seleccionadas las solicitudes en estado {allowed}',
  },
  withdraw: {
    en: 'the application is {from}; only {allowed} applications can be withdrawn',
    es: 'la solicitud está en estado {from}; solo se pueden retirar las solicitudes en estado {allowed}',
  },
  fileTooLarge: { en: 'is larger than {size} MB', es: 'supera los {size} MB' },
  notBase64: {
    en: 'is not base64-encoded file content',
    es: 'no es el contenido de un archivo codificado en base64',
  },
  emptyFile: { en: 'is empty', es: 'está vacío' },
  wrongFileType: {
    en: 'must be {expected}; this file is {found}',
    es: 'debe ser {expected}; este archivo es {found}',
  },
  aPdf: { en: 'a PDF', es: 'un PDF' },
  aWordDocument: { en: 'a Word document', es: 'un documento de Word' },
  fileOfType: { en: 'a .{extension} file', es: 'un archivo .{extension}' },
  fileOfUnknownType: { en: 'of an unknown type', es: 'de un tipo desconocido' },
  documentNotFound: {
    en: 'Not found',
    es: 'No se encontró el documento',
  },
  fileName: {
    en: 'must be a file name of 1 to 200 characters',
    es: 'debe ser un nombre de archivo de 1 a 200 caracteres',
  },
  reviewerRequired: {
    en: 'Only a signed-in CEI staff member can review.',
    es: 'Solo un miembro del personal de CEI con sesión iniciada puede evaluar.',
  },
  notUnderReview: {
    en: 'the application is {status}; only applications under review are reviewed',
    es: 'la solicitud está en estado {status}; solo se evalúan las solicitudes en revisión',
  },
  noRubric: {
    en: 'the cohort has no rubric yet; add criteria first',
    es: 'la cohorte todavía no tiene rúbrica; añada los criterios primero',
  },
  notACriterion: {
    en: "is not a criterion of the cohort's rubric",
    es: 'no es un criterio de la rúbrica de la cohorte',
  },
  scoredTwice: { en: '{criterion} is scored twice', es: '{criterion} tiene dos puntuaciones' },
  scoreRange: {
    en: 'must be a whole number from 0 to {max} ({criterion})',
    es: 'debe ser un número entero del 0 al {max} ({criterion})',
  },
  unscored: {
    en: 'score every criterion before submitting; not scored: {criteria}',
    es: 'puntúe todos los criterios antes de enviar; sin puntuar: {criteria}',
  },
  conflictOfInterest: {
    en: 'You work for the county office of this applicant; another reviewer must review it.',
    es: 'Usted trabaja para la oficina de educación del condado de este solicitante; debe evaluarlo otra persona.',
  },
  scoresAboveMaximum: {
    en: 'reviews already gave scores above {max} on this criterion',
    es: 'hay evaluaciones que ya dieron puntuaciones superiores a {max} en este criterio',
  },
  criterionKeyFormat: {
    en: 'must be lower-case letters, digits and underscores, starting with a letter',
    es: 'debe contener solo letras minúsculas, dígitos y guiones bajos, y empezar por una letra',
  },
});
