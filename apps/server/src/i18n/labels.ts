import {
  type FieldLabels,
  fieldLabelsEn,
  fieldLabelsEs,
  labelOfField,
  labelOfListItem,
} from '@cei/domain';
import type { Language, Localizable, Texts } from './messages.js';

/**
 * What a message calls an input field: its label in the domain's field labels
 * (`fieldLabels.en.ts`, `fieldLabels.es.ts`), the ones the admin app labels its fields by. A field
 * problem keeps its path (`input.entries.2.membershipId`) in `extensions.fields[].path`, which
 * clients key on; the message a person reads names the field by its labels instead ("Entry 2 ›
 * Membership: …", "Entrada 2 › Membresía: …"). A test fails when a field of the schema's input
 * types or root arguments has no label there.
 */
const FIELD_LABELS: Readonly<Record<Language, FieldLabels>> = {
  en: fieldLabelsEn,
  es: fieldLabelsEs,
};

/** Root arguments a path starts with that a person does not need to read. */
const ROOTS = new Set(['input']);

/** Whether a field name has a label (directly or as a range end) or is left out, for the coverage test. */
export function hasFieldLabel(name: string): boolean {
  return ROOTS.has(name) || labelOfField(fieldLabelsEn, name) !== undefined;
}

/**
 * A field path as a person reads it: `input.entries.2.membershipId` → "Entry 2 › Membership";
 * `input` alone → "" (the input as a whole). A name without a label shows as itself.
 */
export function fieldLabel(path: string, language: Language): string {
  const labels = FIELD_LABELS[language];
  const segments = path.split('.');
  if (ROOTS.has(segments[0] ?? '')) segments.shift();
  const parts: string[] = [];
  segments.forEach((segment, index) => {
    if (/^\d+$/.test(segment)) return;
    const position = segments[index + 1];
    if (position !== undefined && /^\d+$/.test(position)) {
      parts.push(`${labelOfListItem(labels, segment) ?? segment} ${position}`);
    } else {
      parts.push(labelOfField(labels, segment) ?? segment);
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
  TeamCountyOffice: { en: 'TeamCountyOffice', es: 'oficina de condado del equipo' },
  WebhookDelivery: { en: 'WebhookDelivery', es: 'entrega de webhook' },
  WebhookEndpoint: { en: 'WebhookEndpoint', es: 'punto de conexión de webhooks' },
  WebhookEvent: { en: 'WebhookEvent', es: 'evento de webhook' },
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
