import { type EnumName, VOCABULARY } from '@cei/domain';
import { registerEnumType } from 'type-graphql';

/** Every enum of the domain vocabulary, registered once under its own name. */
const descriptions: Record<EnumName, string> = {
  Role: 'What an account may do and see.',
  PrivacyTier: 'Who may read a field (domain.md, privacy tiers).',
  OrganizationKind: 'What kind of organization a record is.',
  LeaType: 'The kind of local educational agency.',
  Locale: 'Where an LEA is; rural and remote districts get special consideration.',
  GradeSpan: 'The grades a school serves.',
  Phase: 'The phase of the initiative: CEI 1.0 (AB 1808, 2018) or CEI 2.0 (May 2022 budget).',
  CohortStatus: 'Where a cohort is in its life.',
  TeamStatus: 'Whether a team is taking part.',
  TeamRole: 'The seat a member fills on a district team.',
  PersonKind: 'Whether a person is adult professional staff, a student or a family member.',
  Language: 'A preferred language.',
  MembershipEndReason: 'Why a membership ended.',
  Modality: 'How a convening is held.',
  ConveningKind: 'What kind of session a convening is.',
  AttendanceStatus: 'Whether a member attended a convening.',
  AttendanceMode: 'How a member attended a hybrid convening.',
  ApplicationStatus: 'Where a letter of interest is in review.',
  DocumentFormat: 'The format of an uploaded letter of interest.',
  StipendStatus: 'Where a stipend payment is.',
  ReimbursementStatus: 'Where a reimbursement claim is.',
  ExpenseCategory: 'What a reimbursed cost was for.',
  MetricDirection: 'Which way a metric improves.',
  CheckInKind: 'How a liaison met a team.',
  DeliverableStatus: 'Progress on a statutory deliverable.',
  SubscriptionStatus: 'Where a newsletter subscription is.',
  EmailStatus: 'Where an outgoing email is.',
  CalendarFeedKind: 'What a calendar feed lists.',
  VacancyStatus: 'Whether a vacancy is due, overdue or filled.',
  TeamRoleRequirement: 'Whether a team role is required.',
  AuditAction: 'What an audit log entry records.',
  WebhookEventType: 'What a webhook event is about.',
  WebhookAction: 'What happened to the record of a webhook event.',
  WebhookDeliveryStatus: 'Where a webhook delivery is.',
};

for (const [name, values] of Object.entries(VOCABULARY)) {
  registerEnumType(values, { name, description: descriptions[name as EnumName] });
}
