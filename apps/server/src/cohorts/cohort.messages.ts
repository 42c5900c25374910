import { defineMessages } from '../i18n/messages.js';

export const cohortMessages = defineMessages('cohorts', {
  openNotPlanned: {
    en: '{cohort} is {status}; only a planned cohort can open recruitment',
    es: '{cohort} está en estado {status}; solo una cohorte en estado Planificada puede abrir el reclutamiento',
  },
  moveNotRecruiting: {
    en: "{cohort} is {status}; only a recruiting cohort's deadline can move",
    es: '{cohort} está en estado {status}; solo se puede cambiar la fecha límite de una cohorte en reclutamiento',
  },
  deadlineUnchanged: {
    en: 'is the current deadline already',
    es: 'ya es la fecha límite vigente',
  },
  designeeDisabled: {
    en: 'must be an active CEI staff or admin account; {email} is disabled',
    es: 'debe ser una cuenta activa del personal o de administración de CEI; {email} está desactivada',
  },
  designeeRole: {
    en: 'must be an active CEI staff or admin account; {email} has the role {role}',
    es: 'debe ser una cuenta activa del personal o de administración de CEI; {email} tiene el rol {role}',
  },
  dueBeforeOpens: {
    en: 'must be after the date applications open',
    es: 'debe ser posterior a la apertura de solicitudes',
  },
});
