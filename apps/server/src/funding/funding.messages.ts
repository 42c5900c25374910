import { defineMessages } from '../i18n/messages.js';

export const fundingMessages = defineMessages('funding', {
  amountRequired: {
    en: 'is required: {cohort} has no stipend per team per year to default to',
    es: 'es obligatorio: {cohort} no tiene un estipendio por equipo y año que usar por defecto',
  },
  changeStipend: {
    en: 'Stipend is {status}; only planned stipends can be changed',
    es: 'El estipendio está en estado {status}; solo se pueden modificar los estipendios en estado Previsto',
  },
  deleteStipend: {
    en: 'Stipend is {status}; only planned stipends can be deleted',
    es: 'El estipendio está en estado {status}; solo se pueden eliminar los estipendios en estado Previsto',
  },
  approveStipend: {
    en: 'Stipend is {from}; only {allowed} stipends can be approved',
    es: 'El estipendio está en estado {from}; solo se pueden aprobar los estipendios en estado {allowed}',
  },
  payStipend: {
    en: 'Stipend is {from}; only {allowed} stipends can be paid',
    es: 'El estipendio está en estado {from}; solo se pueden pagar los estipendios en estado {allowed}',
  },
  beforeTeamJoined: {
    en: 'must not be before the team joined ({year})',
    es: 'no puede ser anterior al ingreso del equipo ({year})',
  },
  afterCommitmentEnds: {
    en: "must not be after the team's commitment ends ({year})",
    es: 'no puede ser posterior al fin del compromiso del equipo ({year})',
  },
  stipendForYearExists: {
    en: '{team} already has a stipend for {year}',
    es: '{team} ya tiene un estipendio para {year}',
  },
  notConveningOfTeam: {
    en: "is not a convening of {team}'s cohort ({cohort}) or of a cohort it facilitates",
    es: 'no es una convocatoria de la cohorte de {team} ({cohort}) ni de una cohorte que facilita',
  },
  notOnTeamThatDay: {
    en: 'was not on the team on the day of the convening ({day})',
    es: 'no formaba parte del equipo el día de la convocatoria ({day})',
  },
  approveReimbursement: {
    en: 'Reimbursement is {from}; only {allowed} reimbursements can be approved',
    es: 'El reembolso está en estado {from}; solo se pueden aprobar los reembolsos en estado {allowed}',
  },
  rejectReimbursement: {
    en: 'Reimbursement is {from}; only {allowed} reimbursements can be rejected',
    es: 'El reembolso está en estado {from}; solo se pueden rechazar los reembolsos en estado {allowed}',
  },
  payReimbursement: {
    en: 'Reimbursement is {from}; only {allowed} reimbursements can be paid',
    es: 'El reembolso está en estado {from}; solo se pueden pagar los reembolsos en estado {allowed}',
  },
  paidBeforeApproval: {
    en: 'must not be before the approval ({day})',
    es: 'no puede ser anterior a la aprobación ({day})',
  },
});
