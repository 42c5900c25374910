import type { en } from './en';
import type { MessagesLike } from './messages';
import { raSpanish } from './ra.es';
import { workflowsEs } from './workflows.es';

/**
 * The interface in Spanish, key for key as `en`: react-admin's own messages, the screens' texts,
 * and the names of resources and fields. Every field a screen labels has its label here, as a
 * label derived from the field's name would be English.
 */
export const es = {
  ...raSpanish,
  cei: workflowsEs,
  resources: {
    cohorts: {
      name: 'Cohorte |||| Cohortes',
      fields: {
        applicationOpensAt: 'Apertura de solicitudes',
        applicationDueAt: 'Fecha límite de solicitudes',
        deadlineReason: 'Motivo de la fecha límite',
        firstConveningOn: 'Primera convocatoria',
        minimumCommitmentYears: 'Compromiso mínimo (años)',
        conveningsExpectedPerYear: 'Convocatorias previstas por año',
        stipendPerTeamPerYear: 'Estipendio por equipo y año',
      },
    },
    teams: {
      name: 'Equipo |||| Equipos',
      fields: {
        cohortId: 'Cohorte',
        leadLea: 'LEA principal',
        leadLeaId: 'LEA principal',
        memberLeas: 'LEA miembros',
        memberLeaIds: 'LEA miembros',
        focusSchool: 'Escuela de enfoque',
        focusSchoolId: 'Escuela de enfoque',
        joinedOn: 'Se unió',
        commitmentEndsOn: 'Fin del compromiso',
        countyOfficeId: 'Oficina de educación del condado',
      },
    },
    convenings: {
      name: 'Convocatoria |||| Convocatorias',
      fields: {
        cohortIds: 'Cohortes',
        cohortId: 'Cohorte',
        startsAt: 'Inicio',
        endsAt: 'Fin',
        videoUrl: 'Enlace del video',
        programYear: 'Año del programa',
      },
    },
    attendances: {
      name: 'Asistencia |||| Asistencia',
      fields: {
        teamId: 'Equipo',
        person: 'Persona',
        team: 'Equipo',
        role: 'Función',
        status: 'Estado',
        mode: 'Cómo asistió',
      },
    },
    organizations: {
      name: 'Organización |||| Organizaciones',
      fields: {
        cdsCode: 'Código CDS',
        leaType: 'Tipo de LEA',
        countyOffice: 'Oficina de educación del condado',
        countyOfficeId: 'Oficina de educación del condado',
        countyCode: 'Código del condado',
        lea: 'LEA',
        leaId: 'LEA',
      },
    },
    leadAgencies: {
      name: 'Agencia líder |||| Agencias líderes',
      fields: { isLead: 'Agencia líder' },
    },
    people: {
      name: 'Persona |||| Personas',
      fields: { employer: 'Empleador', employerId: 'Empleador' },
    },
    memberships: {
      name: 'Membresía |||| Membresías',
      fields: {
        teamId: 'Equipo',
        personId: 'Persona',
        organizationId: 'Representa a',
        organization: 'Representa a',
        startedOn: 'Inicio',
        endedOn: 'Fin',
        endReason: 'Por qué se fue',
        endNote: 'Nota',
        cohortId: 'Cohorte',
      },
    },
    applications: {
      name: 'Solicitud |||| Solicitudes',
      fields: {
        cohortId: 'Cohorte',
        cohort: 'Cohorte',
        lea: 'Solicitante',
        leaId: 'LEA solicitante',
        memberLeas: 'LEA miembros del consorcio',
        memberLeaIds: 'LEA miembros del consorcio',
        focusSchool: 'Escuela de enfoque',
        focusSchoolId: 'Escuela de enfoque',
        contactName: 'Persona de contacto',
        contactPhone: 'Teléfono de la persona de contacto',
        contactEmail: 'Correo electrónico de la persona de contacto',
        superintendentName: 'Superintendente',
        deadline: 'Fecha límite',
        totalScore: 'Puntuación',
        rank: 'Lugar',
        team: 'Equipo',
        status: 'Estado',
        isLate: 'Tardía',
        signedOn: 'Firmada el',
        districtDescription: 'El distrito, su comunidad y sus estudiantes',
        motivation: 'Por qué desea participar',
        engagementHistory: 'Cómo ha involucrado a su comunidad',
        difficultConversations: 'Conversaciones difíciles y confianza',
        underservedEngagement: 'Comunidades que históricamente no han participado',
        ruralCircumstances: 'Circunstancias rurales o remotas',
      },
    },
    reviews: { name: 'Evaluación |||| Evaluaciones', fields: { totalScore: 'Total ponderado' } },
    rubricCriteria: {
      name: 'Criterio de la rúbrica |||| Criterios de la rúbrica',
      fields: {
        key: 'Clave',
        name: 'Nombre',
        description: 'Descripción',
        maxScore: 'Puntuación máxima',
        weight: 'Peso',
        position: 'Orden',
      },
    },
    vacancies: {
      name: 'Vacante |||| Vacantes',
      fields: {
        team: 'Equipo',
        role: 'Función',
        endedMembership: 'Salió',
        openedOn: 'Abierta',
        dueOn: 'Cubrir antes del',
        status: 'Estado',
        filledByMembership: 'Cubierta por',
      },
    },
    outboxEmails: {
      name: 'Correo saliente |||| Bandeja de salida',
      fields: {
        toAddress: 'Para',
        createdAt: 'Escrito',
        deliveredAt: 'Entregado',
        textBody: 'Texto',
      },
    },
    stipends: { name: 'Estipendio |||| Estipendios', fields: { teamId: 'Equipo' } },
    reimbursements: {
      name: 'Reembolso |||| Reembolsos',
      fields: {
        member: 'Miembro',
        membershipId: 'Miembro',
        team: 'Equipo',
        conveningId: 'Convocatoria',
      },
    },
    metrics: { name: 'Indicador |||| Indicadores' },
    measurements: {
      name: 'Medición |||| Mediciones',
      fields: {
        teamId: 'Equipo',
        metricId: 'Indicador',
        metric: 'Indicador',
        isBaseline: 'Línea de base',
        changeFromBaseline: 'Cambio desde la línea de base',
      },
    },
    checkIns: {
      name: 'Seguimiento |||| Seguimientos',
      fields: { teamId: 'Equipo', occurredOn: 'Fecha' },
    },
    followUps: {
      name: 'Tarea pendiente |||| Tareas pendientes',
      fields: { description: 'Qué se debe hacer', dueOn: 'Vence', completedOn: 'Hecha' },
    },
    deliverables: { name: 'Entregable |||| Entregables' },
    subscriptions: {
      name: 'Suscripción al boletín |||| Suscripciones al boletín',
      fields: { organizationName: 'Organización' },
    },
    accounts: {
      name: 'Cuenta |||| Cuentas',
      fields: {
        displayName: 'Nombre',
        lastSignInAt: 'Último inicio de sesión',
        disabledAt: 'Desactivada',
      },
    },
    apiTokens: { name: 'Token de API |||| Tokens de API' },
    auditEvents: {
      name: 'Evento de auditoría |||| Registro de auditoría',
      fields: {
        occurredAt: 'Cuándo',
        actor: 'Quién',
        actorRole: 'Como',
        entity: 'Tipo de registro',
      },
    },
    cohortDeadlines: {
      name: 'Fecha límite |||| Fechas límite',
      fields: { dueAt: 'Vence', setAt: 'Fijada' },
    },
    facilitations: { name: 'Facilitación |||| Facilitaciones', fields: { startedOn: 'Desde' } },
    problemsOfPractice: {
      name: 'Problema de práctica |||| Problemas de práctica',
      fields: { effectiveOn: 'Desde' },
    },
  } satisfies MessagesLike<(typeof en)['resources']>,
};
