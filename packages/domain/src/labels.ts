import { type EnumName, type EnumValue, Language, type TeamRole } from './vocabulary.js';

/**
 * What the admin app and the emails show for each value of the vocabulary, in English and in
 * Spanish as California school districts write it to families ("plantel" for a school site,
 * "preparatoria" for high school, "participación de las familias" for family engagement).
 * Spanish adjectives agree with the noun they describe in the UI: "la cohorte" (Activa), "el
 * equipo" (Activo), "la solicitud" (Enviada), "el reembolso" (Enviado).
 */

export type UiLanguage = 'en' | 'es';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'es'];

/** The Intl locale for a UI language: US conventions (dollars, dates) in both. */
export const INTL_LOCALE: Readonly<Record<UiLanguage, string>> = { en: 'en-US', es: 'es-US' };

/**
 * The UI language for an account's language setting (`es`) or a person's preferred language
 * (`SPANISH`); English for anything else, since the UI has only these two.
 */
export function uiLanguageOf(language: string | null | undefined): UiLanguage {
  return language === 'es' || language === Language.SPANISH ? 'es' : 'en';
}

export type EnumLabels = { [N in EnumName]: Record<EnumValue<N>, string> };

export const labels: Record<UiLanguage, EnumLabels> = {
  en: {
    Role: {
      CEI_ADMIN: 'CEI administrator',
      CEI_STAFF: 'CEI staff',
      COE_LIAISON: 'County office liaison',
      CBO_PARTNER: 'Community organization partner',
      TEAM_LEAD: 'Team lead',
      API_PARTNER: 'API partner',
    },
    PrivacyTier: {
      PUBLIC: 'Public',
      DIRECTORY: 'Directory',
      PROTECTED: 'Protected',
      AGGREGATE: 'Aggregate',
    },
    OrganizationKind: {
      COUNTY_OFFICE: 'County office of education',
      LEA: 'Local educational agency',
      SCHOOL: 'School',
      COMMUNITY_ORGANIZATION: 'Community-based organization',
      STATE_AGENCY: 'State agency',
    },
    LeaType: {
      UNIFIED_DISTRICT: 'Unified school district',
      HIGH_SCHOOL_DISTRICT: 'High school district',
      ELEMENTARY_DISTRICT: 'Elementary school district',
      CHARTER_SCHOOL: 'Charter school',
      COUNTY_OFFICE: 'County office of education',
    },
    Locale: {
      URBAN: 'Urban',
      SUBURBAN: 'Suburban',
      TOWN: 'Town',
      RURAL: 'Rural',
    },
    GradeSpan: {
      ELEMENTARY: 'Elementary school',
      MIDDLE: 'Middle school',
      HIGH: 'High school',
      OTHER: 'Other',
    },
    Phase: {
      CEI_1_0: 'CEI 1.0',
      CEI_2_0: 'CEI 2.0',
    },
    CohortStatus: {
      PLANNED: 'Planned',
      RECRUITING: 'Recruiting',
      ACTIVE: 'Active',
      COMPLETED: 'Completed',
    },
    TeamStatus: {
      ACTIVE: 'Active',
      WITHDRAWN: 'Withdrawn',
      COMPLETED: 'Completed',
    },
    TeamRole: {
      DISTRICT_CABINET_LEADER: 'District cabinet leader',
      DISTRICT_ENGAGEMENT_LEAD: 'District engagement lead',
      SITE_ADMINISTRATOR: 'Site administrator',
      SITE_ENGAGEMENT_LEAD: 'Site engagement lead',
      SITE_STAFF: 'Site staff',
      STUDENT: 'Student',
      FAMILY_MEMBER: 'Family member',
      COE_REPRESENTATIVE: 'County office representative',
      COMMUNITY_PARTNER: 'Community partner',
    },
    PersonKind: {
      PROFESSIONAL: 'Professional staff',
      STUDENT: 'Student',
      FAMILY_MEMBER: 'Family member',
    },
    Language: {
      ENGLISH: 'English',
      SPANISH: 'Spanish',
      OTHER: 'Other',
    },
    MembershipEndReason: {
      LEFT_POSITION: 'Left the position',
      LEFT_ORGANIZATION: 'Left the organization',
      GRADUATED: 'Graduated',
      STEPPED_DOWN: 'Stepped down from the team',
      ROLE_CHANGED: 'Changed role',
      TEAM_ENDED: 'Team ended',
      OTHER: 'Other',
    },
    Modality: {
      VIRTUAL: 'Virtual',
      IN_PERSON: 'In person',
      HYBRID: 'Hybrid',
    },
    ConveningKind: {
      NETWORK_CONVENING: 'Network convening',
      INFORMATION_SESSION: 'Information session',
      STATEWIDE_TRAINING: 'Statewide training',
      COACHING: 'Coaching',
    },
    AttendanceStatus: {
      PRESENT: 'Present',
      ABSENT: 'Absent',
      EXCUSED: 'Excused',
    },
    AttendanceMode: {
      IN_PERSON: 'In person',
      ONLINE: 'Online',
    },
    ApplicationStatus: {
      DRAFT: 'Draft',
      SUBMITTED: 'Submitted',
      UNDER_REVIEW: 'Under review',
      SELECTED: 'Selected',
      WAITLISTED: 'Waitlisted',
      DECLINED: 'Declined',
      WITHDRAWN: 'Withdrawn',
    },
    DocumentFormat: {
      WORD: 'Word document',
      PDF: 'PDF',
    },
    StipendStatus: {
      PLANNED: 'Planned',
      APPROVED: 'Approved',
      PAID: 'Paid',
    },
    ReimbursementStatus: {
      SUBMITTED: 'Submitted',
      APPROVED: 'Approved',
      PAID: 'Paid',
      REJECTED: 'Rejected',
    },
    ExpenseCategory: {
      MILEAGE: 'Mileage',
      LODGING: 'Lodging',
      AIRFARE: 'Airfare',
      MEALS: 'Meals',
    },
    MetricDirection: {
      HIGHER_IS_BETTER: 'Higher is better',
      LOWER_IS_BETTER: 'Lower is better',
    },
    CheckInKind: {
      VISIT: 'Visit',
      CALL: 'Phone call',
      VIDEO_CALL: 'Video call',
    },
    DeliverableStatus: {
      NOT_STARTED: 'Not started',
      IN_PROGRESS: 'In progress',
      SUBMITTED: 'Submitted',
      COMPLETED: 'Completed',
    },
    AuditAction: {
      SIGN_IN_SUCCEEDED: 'Signed in',
      SIGN_IN_FAILED: 'Sign-in failed',
      SIGN_OUT: 'Signed out',
      CREATED: 'Created',
      UPDATED: 'Changed',
      DELETED: 'Deleted',
      PROTECTED_READ: 'Read protected data',
    },
    WebhookEventType: {
      TEAM: 'Team changes',
      MEMBERSHIP: 'Membership changes',
      CONVENING: 'Convening changes',
      ATTENDANCE_SUMMARY: 'Attendance summary changes',
      DELIVERABLE: 'Deliverable changes',
    },
    WebhookAction: {
      CREATED: 'Created',
      UPDATED: 'Updated',
      DELETED: 'Deleted',
    },
    WebhookDeliveryStatus: {
      PENDING: 'Pending',
      DELIVERED: 'Delivered',
      FAILED: 'Failed',
      SKIPPED: 'Skipped (out of scope)',
    },
    SubscriptionStatus: {
      PENDING: 'Awaiting confirmation',
      CONFIRMED: 'Confirmed',
      UNSUBSCRIBED: 'Unsubscribed',
    },
    EmailStatus: {
      QUEUED: 'Queued',
      SENT: 'Sent',
      LOGGED: 'Logged (no mail server)',
      FAILED: 'Failed',
    },
    CalendarFeedKind: {
      COHORT: 'Cohort calendar',
      PERSON: 'Personal calendar',
    },
    VacancyStatus: {
      DUE: 'Due',
      OVERDUE: 'Overdue',
      FILLED: 'Filled',
    },
    TeamRoleRequirement: {
      REQUIRED: 'Required',
      REQUIRED_FOR_HIGH_SCHOOL: 'Required when the focus school serves high school grades',
      OPTIONAL: 'Optional',
    },
  },
  es: {
    Role: {
      CEI_ADMIN: 'Administrador de CEI',
      CEI_STAFF: 'Personal de CEI',
      COE_LIAISON: 'Enlace de la oficina de educación del condado',
      CBO_PARTNER: 'Socio de organización comunitaria',
      TEAM_LEAD: 'Líder del equipo',
      API_PARTNER: 'Socio de API',
    },
    PrivacyTier: {
      PUBLIC: 'Público',
      DIRECTORY: 'Directorio',
      PROTECTED: 'Protegido',
      AGGREGATE: 'Agregado',
    },
    OrganizationKind: {
      COUNTY_OFFICE: 'Oficina de educación del condado',
      LEA: 'Agencia educativa local',
      SCHOOL: 'Escuela',
      COMMUNITY_ORGANIZATION: 'Organización comunitaria',
      STATE_AGENCY: 'Agencia estatal',
    },
    LeaType: {
      UNIFIED_DISTRICT: 'Distrito escolar unificado',
      HIGH_SCHOOL_DISTRICT: 'Distrito de escuelas preparatorias',
      ELEMENTARY_DISTRICT: 'Distrito de escuelas primarias',
      CHARTER_SCHOOL: 'Escuela chárter',
      COUNTY_OFFICE: 'Oficina de educación del condado',
    },
    Locale: {
      URBAN: 'Urbano',
      SUBURBAN: 'Suburbano',
      TOWN: 'Pueblo',
      RURAL: 'Rural',
    },
    GradeSpan: {
      ELEMENTARY: 'Primaria',
      MIDDLE: 'Secundaria',
      HIGH: 'Preparatoria',
      OTHER: 'Otro',
    },
    Phase: {
      CEI_1_0: 'CEI 1.0',
      CEI_2_0: 'CEI 2.0',
    },
    CohortStatus: {
      PLANNED: 'Planificada',
      RECRUITING: 'En reclutamiento',
      ACTIVE: 'Activa',
      COMPLETED: 'Completada',
    },
    TeamStatus: {
      ACTIVE: 'Activo',
      WITHDRAWN: 'Retirado',
      COMPLETED: 'Completado',
    },
    TeamRole: {
      DISTRICT_CABINET_LEADER: 'Líder del gabinete del distrito',
      DISTRICT_ENGAGEMENT_LEAD: 'Líder de participación del distrito',
      SITE_ADMINISTRATOR: 'Administrador del plantel',
      SITE_ENGAGEMENT_LEAD: 'Líder de participación del plantel',
      SITE_STAFF: 'Personal del plantel',
      STUDENT: 'Estudiante',
      FAMILY_MEMBER: 'Familiar',
      COE_REPRESENTATIVE: 'Representante de la oficina de educación del condado',
      COMMUNITY_PARTNER: 'Socio comunitario',
    },
    PersonKind: {
      PROFESSIONAL: 'Personal profesional',
      STUDENT: 'Estudiante',
      FAMILY_MEMBER: 'Familiar',
    },
    Language: {
      ENGLISH: 'Inglés',
      SPANISH: 'Español',
      OTHER: 'Otro',
    },
    MembershipEndReason: {
      LEFT_POSITION: 'Dejó el puesto',
      LEFT_ORGANIZATION: 'Dejó la organización',
      GRADUATED: 'Se graduó',
      STEPPED_DOWN: 'Se retiró del equipo',
      ROLE_CHANGED: 'Cambió de función',
      TEAM_ENDED: 'El equipo concluyó',
      OTHER: 'Otro motivo',
    },
    Modality: {
      VIRTUAL: 'Virtual',
      IN_PERSON: 'Presencial',
      HYBRID: 'Híbrida',
    },
    ConveningKind: {
      NETWORK_CONVENING: 'Reunión de la red',
      INFORMATION_SESSION: 'Sesión informativa',
      STATEWIDE_TRAINING: 'Capacitación estatal',
      COACHING: 'Asesoría',
    },
    AttendanceStatus: {
      PRESENT: 'Presente',
      ABSENT: 'Ausente',
      EXCUSED: 'Ausencia justificada',
    },
    AttendanceMode: {
      IN_PERSON: 'En persona',
      ONLINE: 'En línea',
    },
    ApplicationStatus: {
      DRAFT: 'Borrador',
      SUBMITTED: 'Enviada',
      UNDER_REVIEW: 'En revisión',
      SELECTED: 'Seleccionada',
      WAITLISTED: 'En lista de espera',
      DECLINED: 'No seleccionada',
      WITHDRAWN: 'Retirada',
    },
    DocumentFormat: {
      WORD: 'Documento de Word',
      PDF: 'PDF',
    },
    StipendStatus: {
      PLANNED: 'Previsto',
      APPROVED: 'Aprobado',
      PAID: 'Pagado',
    },
    ReimbursementStatus: {
      SUBMITTED: 'Enviado',
      APPROVED: 'Aprobado',
      PAID: 'Pagado',
      REJECTED: 'Rechazado',
    },
    ExpenseCategory: {
      MILEAGE: 'Millaje',
      LODGING: 'Hospedaje',
      AIRFARE: 'Pasaje aéreo',
      MEALS: 'Comidas',
    },
    MetricDirection: {
      HIGHER_IS_BETTER: 'Más alto es mejor',
      LOWER_IS_BETTER: 'Más bajo es mejor',
    },
    CheckInKind: {
      VISIT: 'Visita',
      CALL: 'Llamada telefónica',
      VIDEO_CALL: 'Videollamada',
    },
    DeliverableStatus: {
      NOT_STARTED: 'No iniciado',
      IN_PROGRESS: 'En curso',
      SUBMITTED: 'Entregado',
      COMPLETED: 'Completado',
    },
    AuditAction: {
      SIGN_IN_SUCCEEDED: 'Inició sesión',
      SIGN_IN_FAILED: 'Inicio de sesión fallido',
      SIGN_OUT: 'Cerró sesión',
      CREATED: 'Creado',
      UPDATED: 'Modificado',
      DELETED: 'Eliminado',
      PROTECTED_READ: 'Consultó datos protegidos',
    },
    WebhookEventType: {
      TEAM: 'Cambios de equipos',
      MEMBERSHIP: 'Cambios de membresías',
      CONVENING: 'Cambios de convocatorias',
      ATTENDANCE_SUMMARY: 'Cambios del resumen de asistencia',
      DELIVERABLE: 'Cambios de entregables',
    },
    WebhookAction: {
      CREATED: 'Creado',
      UPDATED: 'Modificado',
      DELETED: 'Eliminado',
    },
    WebhookDeliveryStatus: {
      PENDING: 'Pendiente',
      DELIVERED: 'Entregado',
      FAILED: 'Fallido',
      SKIPPED: 'Omitido (fuera de alcance)',
    },
    SubscriptionStatus: {
      PENDING: 'Pendiente de confirmación',
      CONFIRMED: 'Confirmada',
      UNSUBSCRIBED: 'Cancelada',
    },
    EmailStatus: {
      QUEUED: 'En cola',
      SENT: 'Enviado',
      LOGGED: 'Registrado (sin servidor de correo)',
      FAILED: 'Fallido',
    },
    CalendarFeedKind: {
      COHORT: 'Calendario de la cohorte',
      PERSON: 'Calendario personal',
    },
    VacancyStatus: {
      DUE: 'Pendiente',
      OVERDUE: 'Vencida',
      FILLED: 'Cubierta',
    },
    TeamRoleRequirement: {
      REQUIRED: 'Obligatorio',
      REQUIRED_FOR_HIGH_SCHOOL:
        'Obligatorio si la escuela de enfoque atiende grados de preparatoria',
      OPTIONAL: 'Opcional',
    },
  },
};

/** The label of one value, e.g. `labelOf('TeamRole', 'FAMILY_MEMBER', 'es')` → "Familiar". */
export function labelOf<N extends EnumName>(
  enumName: N,
  value: EnumValue<N>,
  language: UiLanguage,
): string {
  const table: Record<string, string> = labels[language][enumName];
  // A value from a newer server than this bundle still shows, as itself, rather than blank.
  return table[value as string] ?? String(value);
}

/** Who fills each team role (domain.md, Rosters), for help text beside the role's label. */
export const teamRoleDescriptions: Record<UiLanguage, Record<TeamRole, string>> = {
  en: {
    DISTRICT_CABINET_LEADER:
      'Cabinet-level district administrator over family and community engagement',
    DISTRICT_ENGAGEMENT_LEAD:
      'District staff member leading engagement, if different from the cabinet leader',
    SITE_ADMINISTRATOR:
      'Principal, assistant or vice principal, or dean over engagement at the focus school',
    SITE_ENGAGEMENT_LEAD:
      'Another site administrator or staff member leading engagement, if different',
    SITE_STAFF: 'Instructional or support staff at the focus school',
    STUDENT: 'A high school student',
    FAMILY_MEMBER: 'Family member of a student at the focus school',
    COE_REPRESENTATIVE: 'County office staff member supporting engagement in the county',
    COMMUNITY_PARTNER:
      'Representative of a community-based organization working with the district or school',
  },
  es: {
    DISTRICT_CABINET_LEADER:
      'Administrador del distrito a nivel de gabinete, responsable de la participación de las familias y la comunidad',
    DISTRICT_ENGAGEMENT_LEAD:
      'Miembro del personal del distrito que dirige la participación, si no es el líder del gabinete',
    SITE_ADMINISTRATOR:
      'Director, subdirector o decano responsable de la participación en la escuela de enfoque',
    SITE_ENGAGEMENT_LEAD:
      'Otro administrador o miembro del personal del plantel que dirige la participación, si es otra persona',
    SITE_STAFF: 'Personal docente o de apoyo de la escuela de enfoque',
    STUDENT: 'Un estudiante de preparatoria',
    FAMILY_MEMBER: 'Familiar de un estudiante de la escuela de enfoque',
    COE_REPRESENTATIVE:
      'Miembro del personal de la oficina de educación del condado que apoya la participación en el condado',
    COMMUNITY_PARTNER:
      'Representante de una organización comunitaria que colabora con el distrito o la escuela',
  },
};

export function teamRoleDescription(role: TeamRole, language: UiLanguage): string {
  return teamRoleDescriptions[language][role];
}
