/**
 * The vocabulary of domain.md. Each is a const object (usable as a GraphQL enum) and a union type
 * of its values. Labels in English and Spanish live in labels.ts.
 */

function values<T extends Record<string, string>>(object: T): T[keyof T][] {
  return Object.values(object) as T[keyof T][];
}

export const Role = {
  CEI_ADMIN: 'CEI_ADMIN',
  CEI_STAFF: 'CEI_STAFF',
  COE_LIAISON: 'COE_LIAISON',
  CBO_PARTNER: 'CBO_PARTNER',
  TEAM_LEAD: 'TEAM_LEAD',
  API_PARTNER: 'API_PARTNER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = values(Role);
/** CEI staff: the roles that administer the records and see every row (domain.md, "Roles"). */
export const STAFF_ROLES: readonly Role[] = [Role.CEI_ADMIN, Role.CEI_STAFF];

export const PrivacyTier = {
  PUBLIC: 'PUBLIC',
  DIRECTORY: 'DIRECTORY',
  PROTECTED: 'PROTECTED',
  AGGREGATE: 'AGGREGATE',
} as const;
export type PrivacyTier = (typeof PrivacyTier)[keyof typeof PrivacyTier];

export const OrganizationKind = {
  COUNTY_OFFICE: 'COUNTY_OFFICE',
  LEA: 'LEA',
  SCHOOL: 'SCHOOL',
  COMMUNITY_ORGANIZATION: 'COMMUNITY_ORGANIZATION',
  STATE_AGENCY: 'STATE_AGENCY',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

export const LeaType = {
  UNIFIED_DISTRICT: 'UNIFIED_DISTRICT',
  HIGH_SCHOOL_DISTRICT: 'HIGH_SCHOOL_DISTRICT',
  ELEMENTARY_DISTRICT: 'ELEMENTARY_DISTRICT',
  CHARTER_SCHOOL: 'CHARTER_SCHOOL',
  COUNTY_OFFICE: 'COUNTY_OFFICE',
} as const;
export type LeaType = (typeof LeaType)[keyof typeof LeaType];

/** Where an LEA is: rural and remote districts get special consideration. */
export const Locale = {
  URBAN: 'URBAN',
  SUBURBAN: 'SUBURBAN',
  TOWN: 'TOWN',
  RURAL: 'RURAL',
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

export const GradeSpan = {
  ELEMENTARY: 'ELEMENTARY',
  MIDDLE: 'MIDDLE',
  HIGH: 'HIGH',
  OTHER: 'OTHER',
} as const;
export type GradeSpan = (typeof GradeSpan)[keyof typeof GradeSpan];

export const Phase = {
  CEI_1_0: 'CEI_1_0',
  CEI_2_0: 'CEI_2_0',
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

export const CohortStatus = {
  PLANNED: 'PLANNED',
  RECRUITING: 'RECRUITING',
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
} as const;
export type CohortStatus = (typeof CohortStatus)[keyof typeof CohortStatus];

export const TeamStatus = {
  ACTIVE: 'ACTIVE',
  WITHDRAWN: 'WITHDRAWN',
  COMPLETED: 'COMPLETED',
} as const;
export type TeamStatus = (typeof TeamStatus)[keyof typeof TeamStatus];

export const TeamRole = {
  DISTRICT_CABINET_LEADER: 'DISTRICT_CABINET_LEADER',
  DISTRICT_ENGAGEMENT_LEAD: 'DISTRICT_ENGAGEMENT_LEAD',
  SITE_ADMINISTRATOR: 'SITE_ADMINISTRATOR',
  SITE_ENGAGEMENT_LEAD: 'SITE_ENGAGEMENT_LEAD',
  SITE_STAFF: 'SITE_STAFF',
  STUDENT: 'STUDENT',
  FAMILY_MEMBER: 'FAMILY_MEMBER',
  COE_REPRESENTATIVE: 'COE_REPRESENTATIVE',
  COMMUNITY_PARTNER: 'COMMUNITY_PARTNER',
} as const;
export type TeamRole = (typeof TeamRole)[keyof typeof TeamRole];
export const TEAM_ROLES = values(TeamRole);

/** Whether a person on a roster is adult professional staff or a private individual. */
export const PersonKind = {
  PROFESSIONAL: 'PROFESSIONAL',
  STUDENT: 'STUDENT',
  FAMILY_MEMBER: 'FAMILY_MEMBER',
} as const;
export type PersonKind = (typeof PersonKind)[keyof typeof PersonKind];

export const Language = {
  ENGLISH: 'ENGLISH',
  SPANISH: 'SPANISH',
  OTHER: 'OTHER',
} as const;
export type Language = (typeof Language)[keyof typeof Language];

export const MembershipEndReason = {
  LEFT_POSITION: 'LEFT_POSITION',
  LEFT_ORGANIZATION: 'LEFT_ORGANIZATION',
  GRADUATED: 'GRADUATED',
  STEPPED_DOWN: 'STEPPED_DOWN',
  ROLE_CHANGED: 'ROLE_CHANGED',
  TEAM_ENDED: 'TEAM_ENDED',
  OTHER: 'OTHER',
} as const;
export type MembershipEndReason = (typeof MembershipEndReason)[keyof typeof MembershipEndReason];

export const Modality = {
  VIRTUAL: 'VIRTUAL',
  IN_PERSON: 'IN_PERSON',
  HYBRID: 'HYBRID',
} as const;
export type Modality = (typeof Modality)[keyof typeof Modality];

export const ConveningKind = {
  NETWORK_CONVENING: 'NETWORK_CONVENING',
  INFORMATION_SESSION: 'INFORMATION_SESSION',
  STATEWIDE_TRAINING: 'STATEWIDE_TRAINING',
  COACHING: 'COACHING',
} as const;
export type ConveningKind = (typeof ConveningKind)[keyof typeof ConveningKind];

export const AttendanceStatus = {
  PRESENT: 'PRESENT',
  ABSENT: 'ABSENT',
  EXCUSED: 'EXCUSED',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

/** How a person attended a hybrid convening. */
export const AttendanceMode = {
  IN_PERSON: 'IN_PERSON',
  ONLINE: 'ONLINE',
} as const;
export type AttendanceMode = (typeof AttendanceMode)[keyof typeof AttendanceMode];

export const ApplicationStatus = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  SELECTED: 'SELECTED',
  WAITLISTED: 'WAITLISTED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];

export const DocumentFormat = {
  WORD: 'WORD',
  PDF: 'PDF',
} as const;
export type DocumentFormat = (typeof DocumentFormat)[keyof typeof DocumentFormat];

export const StipendStatus = {
  PLANNED: 'PLANNED',
  APPROVED: 'APPROVED',
  PAID: 'PAID',
} as const;
export type StipendStatus = (typeof StipendStatus)[keyof typeof StipendStatus];

export const ReimbursementStatus = {
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  PAID: 'PAID',
  REJECTED: 'REJECTED',
} as const;
export type ReimbursementStatus = (typeof ReimbursementStatus)[keyof typeof ReimbursementStatus];

export const ExpenseCategory = {
  MILEAGE: 'MILEAGE',
  LODGING: 'LODGING',
  AIRFARE: 'AIRFARE',
  MEALS: 'MEALS',
} as const;
export type ExpenseCategory = (typeof ExpenseCategory)[keyof typeof ExpenseCategory];

/** Which way a metric's values improve. */
export const MetricDirection = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const;
export type MetricDirection = (typeof MetricDirection)[keyof typeof MetricDirection];

export const CheckInKind = {
  VISIT: 'VISIT',
  CALL: 'CALL',
  VIDEO_CALL: 'VIDEO_CALL',
} as const;
export type CheckInKind = (typeof CheckInKind)[keyof typeof CheckInKind];

export const DeliverableStatus = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  SUBMITTED: 'SUBMITTED',
  COMPLETED: 'COMPLETED',
} as const;
export type DeliverableStatus = (typeof DeliverableStatus)[keyof typeof DeliverableStatus];

export const SubscriptionStatus = {
  PENDING: 'PENDING',
  CONFIRMED: 'CONFIRMED',
  UNSUBSCRIBED: 'UNSUBSCRIBED',
} as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

/** Where an email in the outbox is: sent by SMTP, or only logged when no SMTP server is set. */
export const EmailStatus = {
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  LOGGED: 'LOGGED',
  FAILED: 'FAILED',
} as const;
export type EmailStatus = (typeof EmailStatus)[keyof typeof EmailStatus];

/** What a calendar feed lists: a cohort's convenings, or those of a person's teams. */
export const CalendarFeedKind = {
  COHORT: 'COHORT',
  PERSON: 'PERSON',
} as const;
export type CalendarFeedKind = (typeof CalendarFeedKind)[keyof typeof CalendarFeedKind];

/** Where a vacancy stands on a given day (computed by vacancies.ts, never stored). */
export const VacancyStatus = {
  DUE: 'DUE',
  OVERDUE: 'OVERDUE',
  FILLED: 'FILLED',
} as const;
export type VacancyStatus = (typeof VacancyStatus)[keyof typeof VacancyStatus];

/** Whether a team must have a member in a role (the table of domain.md, applied in composition.ts). */
export const TeamRoleRequirement = {
  REQUIRED: 'REQUIRED',
  /** Only when the team's focus school serves high school grades. */
  REQUIRED_FOR_HIGH_SCHOOL: 'REQUIRED_FOR_HIGH_SCHOOL',
  OPTIONAL: 'OPTIONAL',
} as const;
export type TeamRoleRequirement = (typeof TeamRoleRequirement)[keyof typeof TeamRoleRequirement];

/**
 * Every enum above by name, so that GraphQL registration and the label tables can walk them all
 * and a new enum cannot be forgotten in one of them.
 */
/** What an audit log entry records. */
export const AuditAction = {
  SIGN_IN_SUCCEEDED: 'SIGN_IN_SUCCEEDED',
  SIGN_IN_FAILED: 'SIGN_IN_FAILED',
  SIGN_OUT: 'SIGN_OUT',
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  DELETED: 'DELETED',
  PROTECTED_READ: 'PROTECTED_READ',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/** What a webhook event is about: the kinds of change a partner may subscribe to. */
export const WebhookEventType = {
  TEAM: 'TEAM',
  MEMBERSHIP: 'MEMBERSHIP',
  CONVENING: 'CONVENING',
  ATTENDANCE_SUMMARY: 'ATTENDANCE_SUMMARY',
  DELIVERABLE: 'DELIVERABLE',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];

/** What happened to the record a webhook event is about. */
export const WebhookAction = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  DELETED: 'DELETED',
} as const;
export type WebhookAction = (typeof WebhookAction)[keyof typeof WebhookAction];

/** Where a webhook delivery is: waiting (or retrying), delivered, given up, or not for its endpoint. */
export const WebhookDeliveryStatus = {
  PENDING: 'PENDING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  SKIPPED: 'SKIPPED',
} as const;
export type WebhookDeliveryStatus =
  (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

export const VOCABULARY = {
  Role,
  PrivacyTier,
  OrganizationKind,
  LeaType,
  Locale,
  GradeSpan,
  Phase,
  CohortStatus,
  TeamStatus,
  TeamRole,
  PersonKind,
  Language,
  MembershipEndReason,
  Modality,
  ConveningKind,
  AttendanceStatus,
  AttendanceMode,
  ApplicationStatus,
  DocumentFormat,
  StipendStatus,
  ReimbursementStatus,
  ExpenseCategory,
  MetricDirection,
  CheckInKind,
  DeliverableStatus,
  SubscriptionStatus,
  EmailStatus,
  CalendarFeedKind,
  VacancyStatus,
  TeamRoleRequirement,
  AuditAction,
  WebhookEventType,
  WebhookAction,
  WebhookDeliveryStatus,
} as const;
export type EnumName = keyof typeof VOCABULARY;
/** The union of values of the enum called `N`, e.g. `EnumValue<'TeamRole'>`. */
export type EnumValue<N extends EnumName> = Extract<
  (typeof VOCABULARY)[N][keyof (typeof VOCABULARY)[N]],
  string
>;
