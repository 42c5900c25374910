import { fieldLabelsEn } from '@cei/domain';
import englishMessages from 'ra-language-english';
import { conflictsEn } from './conflicts.en';
import { dashboardEn } from './dashboard.en';
import { explorerEn } from './explorer.en';
import { type ResourceTexts, withFieldLabels } from './fieldLabels';
import { importsEn } from './imports.en';
import { listsEn } from './lists.en';
import { withBracePlaceholders } from './messages';
import { englishNotices, withNotices } from './notices';
import { searchEn } from './search.en';
import { signInEn } from './signIn.en';
import { webhooksEn } from './webhooks.en';
import { workflowsEn } from './workflows.en';

/**
 * Each resource's name, and its own field labels where it needs another word than the domain's
 * (`@cei/domain`, `fieldLabels.en.ts`, the labels the server's messages use too): keep these few.
 * `resourcesEs` has the same keys in Spanish.
 */
export const resourcesEn = {
  cohorts: {
    name: 'Cohort |||| Cohorts',
  },
  teams: {
    name: 'Team |||| Teams',
    fields: {
      application: 'Selected from',
    },
  },
  convenings: {
    name: 'Convening |||| Convenings',
  },
  attendances: {
    name: 'Attendance |||| Attendance',
    fields: {
      mode: 'How',
    },
  },
  organizations: {
    name: 'Organization |||| Organizations',
  },
  leadAgencies: {
    name: 'Lead agency |||| Lead agencies',
  },
  people: {
    name: 'Person |||| People',
    fields: {
      title: 'Job title',
    },
  },
  memberships: {
    name: 'Membership |||| Memberships',
    fields: {
      organizationId: 'Represents',
      organization: 'Represents',
    },
  },
  applications: {
    name: 'Application |||| Applications',
    fields: {
      lea: 'Applicant LEA',
      leaId: 'Applicant LEA',
    },
  },
  reviews: {
    name: 'Review |||| Reviews',
    fields: {
      totalScore: 'Weighted total',
    },
  },
  rubricCriteria: {
    name: 'Rubric criterion |||| Rubric criteria',
  },
  vacancies: {
    name: 'Vacancy |||| Vacancies',
    fields: {
      dueOn: 'To fill by',
    },
  },
  outboxEmails: {
    name: 'Outbox email |||| Outbox',
  },
  stipends: {
    name: 'Stipend |||| Stipends',
  },
  reimbursements: {
    name: 'Reimbursement |||| Reimbursements',
    fields: {
      membershipId: 'Member',
    },
  },
  metrics: {
    name: 'Metric |||| Metrics',
  },
  measurements: {
    name: 'Measurement |||| Measurements',
  },
  checkIns: {
    name: 'Check-in |||| Check-ins',
  },
  followUps: {
    name: 'Follow-up |||| Follow-ups',
    fields: {
      description: 'What is to be done',
    },
  },
  deliverables: {
    name: 'Deliverable |||| Deliverables',
  },
  subscriptions: {
    name: 'Newsletter subscription |||| Newsletter subscriptions',
    fields: {
      createdAt: 'Signed up',
    },
  },
  accounts: {
    name: 'Account |||| Accounts',
    fields: {
      organizationIds: 'County offices',
      organizationId: 'Community organization',
      person: 'On rosters as',
    },
  },
  apiTokens: {
    name: 'API token |||| API tokens',
    fields: {
      createdAt: 'Issued',
    },
  },
  webhookEndpoints: {
    name: 'Webhook |||| Webhooks',
  },
  webhookDeliveries: {
    name: 'Delivery |||| Deliveries',
  },
  auditEvents: {
    name: 'Audit event |||| Audit log',
    fields: {
      occurredAtFrom: 'From',
      occurredAtTo: 'To',
    },
  },
  cohortDeadlines: {
    name: 'Deadline |||| Deadlines',
  },
  facilitations: {
    name: 'Facilitation |||| Facilitations',
  },
  problemsOfPractice: {
    name: 'Problem of practice |||| Problems of practice',
  },
  reviewScores: {
    name: 'Score |||| Scores',
  },
} satisfies Record<string, ResourceTexts>;

/**
 * The interface in English: react-admin's own messages, the screens' texts (`cei`), and each
 * resource's name and field labels (the domain's field labels under its own, so a field a screen
 * shows is never labelled after its name, in English in Spanish too). `es.ts` has the same keys.
 * Enum values are labelled by the domain package (`labels`), not here.
 */
export const en = {
  ...withBracePlaceholders(englishMessages),
  cei: {
    ...workflowsEn,
    ...signInEn,
    errors: { ...workflowsEn.errors, ...signInEn.errors },
    imports: importsEn,
    search: searchEn,
    conflicts: conflictsEn,
    explorer: explorerEn,
    lists: listsEn,
    dashboard: dashboardEn,
    webhooks: webhooksEn,
  },
  resources: withNotices(withFieldLabels(resourcesEn, fieldLabelsEn), englishNotices),
};
