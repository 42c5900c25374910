import type { Language, Localizable, Texts } from './messages.js';

/**
 * What a message calls an input field or a record type, in English and Spanish. A field problem
 * keeps its path (`input.entries.2.membershipId`) in `extensions.fields[].path`, which clients
 * key on; the message a person reads names the field by these labels instead ("Entry 2 ›
 * Membership: …", "Entrada 2 › Membresía: …"). A test fails when a field of the schema's input
 * types or root arguments, or an entity, has no label here.
 */

export interface FieldLabel extends Texts {
  /** For a list: one item of it, as numbered in a path (`entries.2` → "Entry 2"). */
  readonly item?: Texts;
}

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  accountId: { en: 'Account', es: 'Cuenta' },
  action: { en: 'Action', es: 'Acción' },
  active: { en: 'Active', es: 'Activo' },
  actorId: { en: 'Actor', es: 'Autor' },
  amount: { en: 'Amount', es: 'Monto' },
  applicationDueAt: { en: 'Application deadline', es: 'Fecha límite de solicitud' },
  applicationId: { en: 'Application', es: 'Solicitud' },
  applicationOpensAt: { en: 'Applications open', es: 'Apertura de solicitudes' },
  category: { en: 'Category', es: 'Categoría' },
  cdsCode: { en: 'CDS code', es: 'Código CDS' },
  checkInId: { en: 'Check-in', es: 'Visita de seguimiento' },
  city: { en: 'City', es: 'Ciudad' },
  cohort: { en: 'Cohort', es: 'Cohorte' },
  cohortId: { en: 'Cohort', es: 'Cohorte' },
  cohortIds: { en: 'Cohorts', es: 'Cohortes', item: { en: 'Cohort', es: 'Cohorte' } },
  comment: { en: 'Comment', es: 'Comentario' },
  commitmentEndsOn: { en: 'Commitment ends on', es: 'Fin del compromiso' },
  completed: { en: 'Completed', es: 'Completado' },
  completedOn: { en: 'Completed on', es: 'Fecha de finalización' },
  confirmedAt: { en: 'Confirmed at', es: 'Fecha de confirmación' },
  contactEmail: { en: 'Contact email', es: 'Correo electrónico del contacto' },
  contactName: { en: 'Contact name', es: 'Nombre del contacto' },
  contactPhone: { en: 'Contact phone', es: 'Teléfono del contacto' },
  contactRole: { en: 'Contact role', es: 'Cargo del contacto' },
  content: { en: 'File content', es: 'Contenido del archivo' },
  contentBase64: { en: 'File', es: 'Archivo' },
  conveningId: { en: 'Convening', es: 'Convocatoria' },
  conveningsExpectedPerYear: {
    en: 'Convenings expected per year',
    es: 'Convocatorias previstas por año',
  },
  countyCode: { en: 'County code', es: 'Código del condado' },
  countyOfficeId: { en: 'County office', es: 'Oficina de educación del condado' },
  createdAt: { en: 'Created at', es: 'Fecha de creación' },
  criterionId: { en: 'Criterion', es: 'Criterio' },
  currentPassword: { en: 'Current password', es: 'Contraseña actual' },
  deadlineReason: { en: 'Reason for the new deadline', es: 'Motivo de la nueva fecha límite' },
  decidedAt: { en: 'Decided at', es: 'Fecha de la decisión' },
  description: { en: 'Description', es: 'Descripción' },
  designeeId: { en: 'Designee', es: 'Persona designada' },
  difficultConversations: { en: 'Difficult conversations', es: 'Conversaciones difíciles' },
  direction: { en: 'Direction', es: 'Sentido' },
  disabled: { en: 'Disabled', es: 'Desactivada' },
  displayName: { en: 'Display name', es: 'Nombre visible' },
  districtDescription: { en: 'District description', es: 'Descripción del distrito' },
  dueAt: { en: 'Deadline', es: 'Fecha límite' },
  dueOn: { en: 'Due on', es: 'Fecha de vencimiento' },
  dueWithinDays: { en: 'Due within (days)', es: 'Vence en (días)' },
  email: { en: 'Email', es: 'Correo electrónico' },
  employerId: { en: 'Employer', es: 'Empleador' },
  endNote: { en: 'Note on the end', es: 'Nota sobre la finalización' },
  endReason: { en: 'Reason for ending', es: 'Motivo de la finalización' },
  endedOn: { en: 'Ended on', es: 'Fecha de finalización' },
  endsAt: { en: 'Ends at', es: 'Hora de finalización' },
  engagementHistory: { en: 'Engagement history', es: 'Historial de participación' },
  entity: { en: 'Record type', es: 'Tipo de registro' },
  entityId: { en: 'Record', es: 'Registro' },
  entries: { en: 'Entries', es: 'Entradas', item: { en: 'Entry', es: 'Entrada' } },
  evidence: { en: 'Evidence', es: 'Evidencia' },
  expiresAt: { en: 'Expires at', es: 'Fecha de vencimiento' },
  familyName: { en: 'Family name', es: 'Apellido' },
  field: { en: 'Field', es: 'Campo' },
  fileName: { en: 'File name', es: 'Nombre del archivo' },
  filter: { en: 'Filter', es: 'Filtro' },
  firstConveningOn: { en: 'First convening on', es: 'Fecha de la primera convocatoria' },
  focusSchoolId: { en: 'Focus school', es: 'Escuela de enfoque' },
  format: { en: 'Format', es: 'Formato' },
  givenName: { en: 'Given name', es: 'Nombre' },
  gradeSpan: { en: 'Grade span', es: 'Niveles de grado' },
  id: { en: 'Id', es: 'Id' },
  ids: { en: 'Ids', es: 'Ids', item: { en: 'Id', es: 'Id' } },
  inScope: { en: 'In my scope', es: 'En mi ámbito' },
  isBaseline: { en: 'Baseline', es: 'Línea de base' },
  isLate: { en: 'Late', es: 'Tardía' },
  joinedOn: { en: 'Joined on', es: 'Fecha de ingreso' },
  key: { en: 'Key', es: 'Clave' },
  kind: { en: 'Kind', es: 'Tipo' },
  kinds: { en: 'Kinds', es: 'Tipos' },
  language: { en: 'Language', es: 'Idioma' },
  lastSignInAt: { en: 'Last sign-in', es: 'Último inicio de sesión' },
  leaId: { en: 'LEA', es: 'LEA' },
  leaType: { en: 'LEA type', es: 'Tipo de LEA' },
  leadLeaId: { en: 'Lead LEA', es: 'LEA principal' },
  liaisonId: { en: 'Liaison', es: 'Enlace' },
  limit: { en: 'Limit', es: 'Límite' },
  list: { en: 'List', es: 'Lista' },
  locale: { en: 'Locale', es: 'Tipo de localidad' },
  maxScore: { en: 'Maximum score', es: 'Puntuación máxima' },
  memberLeaIds: {
    en: 'Member LEAs',
    es: 'LEA miembros',
    item: { en: 'Member LEA', es: 'LEA miembro' },
  },
  membershipId: { en: 'Membership', es: 'Membresía' },
  memberships: {
    en: 'Memberships',
    es: 'Membresías',
    item: { en: 'Membership', es: 'Membresía' },
  },
  metricId: { en: 'Metric', es: 'Indicador' },
  metricIds: { en: 'Metrics', es: 'Indicadores', item: { en: 'Metric', es: 'Indicador' } },
  minimumCommitmentYears: { en: 'Minimum commitment (years)', es: 'Compromiso mínimo (años)' },
  modality: { en: 'Modality', es: 'Modalidad' },
  // An attendance's mode, and an import's (commitImport): one name, so a neutral label.
  mode: { en: 'Mode', es: 'Modalidad' },
  motivation: { en: 'Motivation', es: 'Motivación' },
  name: { en: 'Name', es: 'Nombre' },
  newPassword: { en: 'New password', es: 'Contraseña nueva' },
  number: { en: 'Number', es: 'Número' },
  occurredAt: { en: 'Occurred at', es: 'Fecha' },
  occurredOn: { en: 'Occurred on', es: 'Fecha' },
  offset: { en: 'Offset', es: 'Desplazamiento' },
  on: { en: 'Date', es: 'Fecha' },
  opensAt: { en: 'Opens at', es: 'Apertura' },
  orderBy: { en: 'Sort order', es: 'Orden', item: { en: 'Sort', es: 'Orden' } },
  organizationId: { en: 'Organization', es: 'Organización' },
  organizationIds: {
    en: 'Organizations',
    es: 'Organizaciones',
    item: { en: 'Organization', es: 'Organización' },
  },
  organizationName: { en: 'Organization name', es: 'Nombre de la organización' },
  overnightStay: { en: 'Overnight stay', es: 'Pernoctación' },
  paidOn: { en: 'Paid on', es: 'Fecha de pago' },
  password: { en: 'Password', es: 'Contraseña' },
  periodEnd: { en: 'End of the period', es: 'Fin del período' },
  periodStart: { en: 'Start of the period', es: 'Inicio del período' },
  personId: { en: 'Person', es: 'Persona' },
  phase: { en: 'Phase', es: 'Fase' },
  phone: { en: 'Phone', es: 'Teléfono' },
  position: { en: 'Position', es: 'Cargo' },
  preferredLanguage: { en: 'Preferred language', es: 'Idioma preferido' },
  problemOfPractice: { en: 'Problem of practice', es: 'Problema de práctica' },
  programYear: { en: 'Program year', es: 'Año del programa' },
  q: { en: 'Search', es: 'Búsqueda' },
  reason: { en: 'Reason', es: 'Motivo' },
  reimbursements: {
    en: 'Reimbursements',
    es: 'Reembolsos',
    item: { en: 'Reimbursement', es: 'Reembolso' },
  },
  reviewId: { en: 'Review', es: 'Evaluación' },
  reviewerId: { en: 'Reviewer', es: 'Evaluador' },
  role: { en: 'Role', es: 'Rol' },
  roles: { en: 'Roles', es: 'Roles' },
  // An import's problems in a refused commitImport, `rows.<row>.<column>`.
  rows: { en: 'Rows', es: 'Filas', item: { en: 'Row', es: 'Fila' } },
  ruralCircumstances: { en: 'Rural circumstances', es: 'Circunstancias rurales' },
  score: { en: 'Score', es: 'Puntuación' },
  scores: { en: 'Scores', es: 'Puntuaciones', item: { en: 'Score', es: 'Puntuación' } },
  scope: { en: 'Scope', es: 'Alcance' },
  shortName: { en: 'Short name', es: 'Nombre corto' },
  signedOn: { en: 'Signed on', es: 'Fecha de firma' },
  source: { en: 'Source', es: 'Fuente' },
  startedOn: { en: 'Started on', es: 'Fecha de inicio' },
  startsAt: { en: 'Starts at', es: 'Hora de inicio' },
  status: { en: 'Status', es: 'Estado' },
  statuses: { en: 'Statuses', es: 'Estados' },
  stipendPerTeamPerYear: {
    en: 'Stipend per team per year',
    es: 'Estipendio por equipo y año',
  },
  submit: { en: 'Submit', es: 'Enviar' },
  submitted: { en: 'Submitted', es: 'Enviada' },
  submittedAt: { en: 'Submitted at', es: 'Fecha de envío' },
  summary: { en: 'Summary', es: 'Resumen' },
  superintendentName: { en: 'Superintendent', es: 'Superintendente' },
  teamId: { en: 'Team', es: 'Equipo' },
  teamIds: { en: 'Teams', es: 'Equipos', item: { en: 'Team', es: 'Equipo' } },
  teamName: { en: 'Team name', es: 'Nombre del equipo' },
  text: { en: 'Text', es: 'Texto' },
  title: { en: 'Title', es: 'Título' },
  toAddress: { en: 'Recipient', es: 'Destinatario' },
  token: { en: 'Token', es: 'Token' },
  underservedEngagement: {
    en: 'Engagement of underserved families',
    es: 'Participación de familias desatendidas',
  },
  unit: { en: 'Unit', es: 'Unidad' },
  value: { en: 'Value', es: 'Valor' },
  venue: { en: 'Venue', es: 'Lugar' },
  version: { en: 'Version', es: 'Versión' },
  videoUrl: { en: 'Video link', es: 'Enlace de video' },
  website: { en: 'Website', es: 'Sitio web' },
  weight: { en: 'Weight', es: 'Peso' },
};

/** Range filters: `startsAtFrom` is "Starts at (from)", `startsAtTo` "Starts at (to)". */
const RANGE_ENDS = { From: { en: 'from', es: 'desde' }, To: { en: 'to', es: 'hasta' } } as const;

/** Root arguments a path starts with that a person does not need to read. */
const ROOTS = new Set(['input']);

function labelOfName(name: string): FieldLabel | undefined {
  const own = FIELD_LABELS[name];
  if (own) return own;
  const range = /^(\w+)(From|To)$/.exec(name);
  const base = range?.[1] ? FIELD_LABELS[range[1]] : undefined;
  if (!range || !base) return undefined;
  const end = RANGE_ENDS[range[2] as 'From' | 'To'];
  return { en: `${base.en} (${end.en})`, es: `${base.es} (${end.es})` };
}

/** Whether a field name has a label (directly or as a range end) or is left out, for the coverage test. */
export function hasFieldLabel(name: string): boolean {
  return ROOTS.has(name) || labelOfName(name) !== undefined;
}

/**
 * A field path as a person reads it: `input.entries.2.membershipId` → "Entry 2 › Membership";
 * `input` alone → "" (the input as a whole). A name without a label shows as itself.
 */
export function fieldLabel(path: string, language: Language): string {
  const segments = path.split('.');
  if (ROOTS.has(segments[0] ?? '')) segments.shift();
  const parts: string[] = [];
  segments.forEach((segment, index) => {
    if (/^\d+$/.test(segment)) return;
    const label = labelOfName(segment);
    const position = segments[index + 1];
    if (position !== undefined && /^\d+$/.test(position)) {
      parts.push(`${(label?.item ?? label)?.[language] ?? segment} ${position}`);
    } else {
      parts.push(label?.[language] ?? segment);
    }
  });
  return parts.join(' › ');
}

/**
 * Record types by their entity class (the GraphQL type name). English keeps the type name, the
 * word partners see in the schema ("no Membership has id …").
 */
export const ENTITY_NAMES: Readonly<Record<string, Texts>> = {
  Account: { en: 'Account', es: 'cuenta' },
  ApiToken: { en: 'ApiToken', es: 'token de API' },
  Application: { en: 'Application', es: 'solicitud' },
  ApplicationDocument: { en: 'ApplicationDocument', es: 'documento de la solicitud' },
  ApplicationLea: { en: 'ApplicationLea', es: 'LEA de la solicitud' },
  Appropriation: { en: 'Appropriation', es: 'asignación presupuestaria' },
  Attendance: { en: 'Attendance', es: 'asistencia' },
  AuditEvent: { en: 'AuditEvent', es: 'evento de auditoría' },
  CalendarFeed: { en: 'CalendarFeed', es: 'suscripción de calendario' },
  CheckIn: { en: 'CheckIn', es: 'visita de seguimiento' },
  Cohort: { en: 'Cohort', es: 'cohorte' },
  CohortDeadline: { en: 'CohortDeadline', es: 'fecha límite de la cohorte' },
  Convening: { en: 'Convening', es: 'convocatoria' },
  ConveningCohort: { en: 'ConveningCohort', es: 'cohorte de la convocatoria' },
  DataImport: { en: 'DataImport', es: 'importación de datos' },
  Deliverable: { en: 'Deliverable', es: 'entregable' },
  Facilitation: { en: 'Facilitation', es: 'facilitación' },
  FollowUp: { en: 'FollowUp', es: 'tarea de seguimiento' },
  LeadAgency: { en: 'LeadAgency', es: 'agencia principal' },
  Measurement: { en: 'Measurement', es: 'medición' },
  Membership: { en: 'Membership', es: 'membresía' },
  Metric: { en: 'Metric', es: 'indicador' },
  Organization: { en: 'Organization', es: 'organización' },
  OutboxEmail: { en: 'OutboxEmail', es: 'correo saliente' },
  Person: { en: 'Person', es: 'persona' },
  ProblemOfPractice: { en: 'ProblemOfPractice', es: 'problema de práctica' },
  Reimbursement: { en: 'Reimbursement', es: 'reembolso' },
  Review: { en: 'Review', es: 'evaluación' },
  ReviewScore: { en: 'ReviewScore', es: 'puntuación de la evaluación' },
  RubricCriterion: { en: 'RubricCriterion', es: 'criterio de la rúbrica' },
  SavedQuery: { en: 'SavedQuery', es: 'consulta guardada' },
  ScopeBinding: { en: 'ScopeBinding', es: 'vínculo de alcance' },
  Session: { en: 'Session', es: 'sesión' },
  Stipend: { en: 'Stipend', es: 'estipendio' },
  Subscription: { en: 'Subscription', es: 'suscripción' },
  Team: { en: 'Team', es: 'equipo' },
  TeamLea: { en: 'TeamLea', es: 'LEA del equipo' },
};

/** A record type as a message parameter; a type without a name here shows as itself. */
export function entityName(name: string): Localizable {
  return {
    render: (language) => ENTITY_NAMES[name]?.[language] ?? name,
    store: () => ({ entity: name }),
  };
}

/**
 * An input field named in a message's text, e.g. the one a list may not be sorted by: the API's
 * own name in English (the word partners write in their queries), its label in Spanish.
 */
export function fieldName(name: string): Localizable {
  return {
    render: (language) => (language === 'en' ? name : fieldLabel(name, language)),
    store: () => ({ field: name }),
  };
}
