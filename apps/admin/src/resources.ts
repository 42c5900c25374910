import { accounts, apiTokens } from './accounts';
import { applications, reviewScores, reviews, rubricCriteria } from './applications';
import { auditEvents } from './audit';
import { cohortDeadlines, cohorts, facilitations } from './cohorts';
import type { AdminResource } from './common/adminResource';
import { savedQueries } from './common/savedQueries';
import { attendances, convenings } from './convenings';
import { reimbursements, stipends } from './funding';
import { outboxEmails, subscriptions } from './newsletter';
import { leadAgencies, organizations } from './organizations';
import { checkIns, deliverables, followUps, measurements, metrics } from './outcomes';
import { memberships, people } from './rosters';
import { problemsOfPractice, teams } from './teams';
import { webhookDeliveries, webhookEndpoints } from './webhooks';

/** Every resource of the admin, in menu order; the first is the home screen. */
export const resources: readonly AdminResource[] = [
  cohorts,
  teams,
  convenings,
  attendances,
  organizations,
  leadAgencies,
  people,
  memberships,
  applications,
  reviews,
  stipends,
  reimbursements,
  metrics,
  measurements,
  checkIns,
  deliverables,
  accounts,
  auditEvents,
  subscriptions,
  outboxEmails,
  webhookEndpoints,
  cohortDeadlines,
  facilitations,
  problemsOfPractice,
  reviewScores,
  rubricCriteria,
  followUps,
  apiTokens,
  savedQueries,
  webhookDeliveries,
];

export const definitions = resources.map((resource) => resource.definition);
