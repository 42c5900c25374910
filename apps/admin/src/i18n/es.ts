import { fieldLabelsEs } from '@cei/domain';
import { conflictsEs } from './conflicts.es';
import { dashboardEs } from './dashboard.es';
import type { resourcesEn } from './en';
import { explorerEs } from './explorer.es';
import { withFieldLabels } from './fieldLabels';
import { importsEs } from './imports.es';
import { listsEs } from './lists.es';
import type { MessagesLike } from './messages';
import { spanishNotices, withNotices } from './notices';
import { raSpanish } from './ra.es';
import { searchEs } from './search.es';
import { signInEs } from './signIn.es';
import { webhooksEs } from './webhooks.es';
import { workflowsEs } from './workflows.es';

/** `resourcesEn` in Spanish, key for key: each resource's name and its own field labels. */
export const resourcesEs = {
  cohorts: {
    name: 'Cohorte |||| Cohortes',
  },
  teams: {
    name: 'Equipo |||| Equipos',
    fields: {
      application: 'Seleccionado mediante',
    },
  },
  convenings: {
    name: 'Convocatoria |||| Convocatorias',
  },
  attendances: {
    name: 'Asistencia |||| Asistencia',
    fields: {
      mode: 'Cómo asistió',
    },
  },
  organizations: {
    name: 'Organización |||| Organizaciones',
  },
  leadAgencies: {
    name: 'Agencia líder |||| Agencias líderes',
  },
  people: {
    name: 'Persona |||| Personas',
    fields: {
      title: 'Cargo',
    },
  },
  memberships: {
    name: 'Membresía |||| Membresías',
    fields: {
      organizationId: 'Representa a',
      organization: 'Representa a',
    },
  },
  applications: {
    name: 'Solicitud |||| Solicitudes',
    fields: {
      lea: 'LEA solicitante',
      leaId: 'LEA solicitante',
    },
  },
  reviews: {
    name: 'Evaluación |||| Evaluaciones',
    fields: {
      totalScore: 'Total ponderado',
    },
  },
  rubricCriteria: {
    name: 'Criterio de la rúbrica |||| Criterios de la rúbrica',
  },
  vacancies: {
    name: 'Vacante |||| Vacantes',
    fields: {
      dueOn: 'Cubrir antes del',
    },
  },
  outboxEmails: {
    name: 'Correo saliente |||| Bandeja de salida',
  },
  stipends: {
    name: 'Estipendio |||| Estipendios',
  },
  reimbursements: {
    name: 'Reembolso |||| Reembolsos',
    fields: {
      membershipId: 'Miembro',
    },
  },
  metrics: {
    name: 'Indicador |||| Indicadores',
  },
  measurements: {
    name: 'Medición |||| Mediciones',
  },
  checkIns: {
    name: 'Seguimiento |||| Seguimientos',
  },
  followUps: {
    name: 'Tarea pendiente |||| Tareas pendientes',
    fields: {
      description: 'Qué se debe hacer',
    },
  },
  deliverables: {
    name: 'Entregable |||| Entregables',
  },
  subscriptions: {
    name: 'Suscripción al boletín |||| Suscripciones al boletín',
    fields: {
      createdAt: 'Se suscribió',
    },
  },
  accounts: {
    name: 'Cuenta |||| Cuentas',
    fields: {
      organizationIds: 'Oficinas de educación del condado',
      organizationId: 'Organización comunitaria',
      person: 'En las listas como',
    },
  },
  apiTokens: {
    name: 'Token de API |||| Tokens de API',
    fields: {
      createdAt: 'Emitido',
    },
  },
  webhookEndpoints: {
    name: 'Webhook |||| Webhooks',
  },
  webhookDeliveries: {
    name: 'Entrega |||| Entregas',
  },
  auditEvents: {
    name: 'Evento de auditoría |||| Registro de auditoría',
    fields: {
      occurredAtFrom: 'Desde',
      occurredAtTo: 'Hasta',
    },
  },
  cohortDeadlines: {
    name: 'Fecha límite |||| Fechas límite',
  },
  facilitations: {
    name: 'Facilitación |||| Facilitaciones',
  },
  problemsOfPractice: {
    name: 'Problema de práctica |||| Problemas de práctica',
  },
  reviewScores: {
    name: 'Puntuación |||| Puntuaciones',
  },
} satisfies MessagesLike<typeof resourcesEn>;

/**
 * The interface in Spanish, key for key as `en`: react-admin's own messages, the screens' texts,
 * and the names of resources and their field labels (the domain's `fieldLabelsEs`, loaded with
 * this chunk only).
 */
export const es = {
  ...raSpanish,
  cei: {
    ...workflowsEs,
    ...signInEs,
    errors: { ...workflowsEs.errors, ...signInEs.errors },
    search: searchEs,
    conflicts: conflictsEs,
    explorer: explorerEs,
    imports: importsEs,
    dashboard: dashboardEs,
    webhooks: webhooksEs,
    lists: listsEs,
  },
  resources: withNotices(withFieldLabels(resourcesEs, fieldLabelsEs), spanishNotices),
};
