import { ROLES, Role } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from './canAccess';

/** Every resource of the admin, those reached only from other screens included. */
const RESOURCES = [
  'cohorts',
  'cohortDeadlines',
  'facilitations',
  'teams',
  'problemsOfPractice',
  'convenings',
  'attendances',
  'organizations',
  'leadAgencies',
  'people',
  'memberships',
  'applications',
  'reviews',
  'reviewScores',
  'rubricCriteria',
  'vacancies',
  'calendarFeeds',
  'fundingSummary',
  'apiExplorer',
  'outboxEmails',
  'stipends',
  'reimbursements',
  'metrics',
  'measurements',
  'checkIns',
  'followUps',
  'deliverables',
  'accounts',
  'scopeBindings',
  'apiTokens',
  'subscriptions',
  'auditEvents',
  'savedQueries',
  'webhookEndpoints',
  'webhookDeliveries',
] as const;
type Resource = (typeof RESOURCES)[number];

const PUBLIC: Resource[] = [
  'cohorts',
  'cohortDeadlines',
  'facilitations',
  'teams',
  'convenings',
  'organizations',
  'leadAgencies',
  'deliverables',
  'metrics',
  'measurements',
];
const ROSTERS: Resource[] = ['problemsOfPractice', 'people', 'memberships', 'stipends'];
const CHECK_INS: Resource[] = ['checkIns', 'followUps'];
const ADMINISTRATION: Resource[] = [
  'accounts',
  'scopeBindings',
  'apiTokens',
  'auditEvents',
  'outboxEmails',
];
/** One's own calendar feeds and saved filters: every account has them. */
const OWN: Resource[] = ['calendarFeeds', 'savedQueries'];
/** An API partner's webhooks (and any partner's, for a CEI admin). */
const WEBHOOKS: Resource[] = ['webhookEndpoints', 'webhookDeliveries'];
/** The review rubric: any signed-in account reads it. */
const SIGNED_IN: Resource[] = ['rubricCriteria'];

/**
 * What each role reads. Written out, not derived, so that it checks what the server publishes
 * (access.json) and how this app reads it.
 */
const READS: Record<Role, Resource[]> = {
  CEI_ADMIN: [...RESOURCES],
  CEI_STAFF: RESOURCES.filter(
    (resource) => !ADMINISTRATION.includes(resource) && !WEBHOOKS.includes(resource),
  ),
  COE_LIAISON: [...PUBLIC, ...SIGNED_IN, ...ROSTERS, ...CHECK_INS, 'vacancies', ...OWN],
  CBO_PARTNER: [...PUBLIC, ...SIGNED_IN, ...ROSTERS, 'reimbursements', 'vacancies', ...OWN],
  TEAM_LEAD: [
    ...PUBLIC,
    ...SIGNED_IN,
    ...ROSTERS,
    ...CHECK_INS,
    'attendances',
    'reimbursements',
    'vacancies',
    ...OWN,
  ],
  API_PARTNER: [...PUBLIC, ...SIGNED_IN, 'apiExplorer', ...OWN, ...WEBHOOKS],
};

/** What CEI staff keep, beside accounts: the program's records and the workflows'. */
const STAFF_RECORDS: Resource[] = [
  'cohorts',
  'stipends',
  'teams',
  'convenings',
  'organizations',
  'people',
  'memberships',
  'applications',
  'rubricCriteria',
  'metrics',
  'measurements',
  'checkIns',
  'followUps',
];

/** What each role creates: reimbursements are submitted, never edited; deliverables never added. */
const CREATES: Record<Role, Resource[]> = {
  CEI_ADMIN: [
    ...STAFF_RECORDS,
    ...OWN,
    'reimbursements',
    'accounts',
    'apiTokens',
    'webhookEndpoints',
  ],
  CEI_STAFF: [...STAFF_RECORDS, ...OWN, 'reimbursements'],
  COE_LIAISON: ['checkIns', 'followUps', ...OWN],
  CBO_PARTNER: ['reimbursements', ...OWN],
  TEAM_LEAD: ['people', 'memberships', 'measurements', ...OWN],
  API_PARTNER: [...OWN, 'webhookEndpoints'],
};

/** What each role edits: a calendar feed is renewed; saved filters are replaced. */
const EDITS: Record<Role, Resource[]> = {
  CEI_ADMIN: [
    ...STAFF_RECORDS,
    'calendarFeeds',
    'deliverables',
    'accounts',
    'apiTokens',
    'webhookEndpoints',
  ],
  CEI_STAFF: [...STAFF_RECORDS, 'calendarFeeds', 'deliverables'],
  COE_LIAISON: ['checkIns', 'followUps', 'calendarFeeds'],
  CBO_PARTNER: ['calendarFeeds'],
  TEAM_LEAD: ['people', 'memberships', 'measurements', 'calendarFeeds'],
  API_PARTNER: ['calendarFeeds', 'webhookEndpoints'],
};

describe.each(ROLES.map((role) => ({ role })))('a $role account', ({ role }) => {
  it.each(RESOURCES.map((resource) => ({ resource, allowed: READS[role].includes(resource) })))(
    'lists and shows $resource: $allowed',
    ({ resource, allowed }) => {
      expect(canAccess(role, { action: 'list', resource })).toBe(allowed);
      expect(canAccess(role, { action: 'show', resource })).toBe(allowed);
    },
  );

  it.each(RESOURCES.map((resource) => ({ resource, allowed: CREATES[role].includes(resource) })))(
    'creates $resource: $allowed',
    ({ resource, allowed }) => {
      expect(canAccess(role, { action: 'create', resource })).toBe(allowed);
    },
  );

  it.each(RESOURCES.map((resource) => ({ resource, allowed: EDITS[role].includes(resource) })))(
    'edits $resource: $allowed',
    ({ resource, allowed }) => {
      expect(canAccess(role, { action: 'edit', resource })).toBe(allowed);
    },
  );
});

describe('what the rules refuse everyone', () => {
  it('refuses everything to no role (signed out) and to an unknown one', () => {
    for (const role of [undefined, null, '', 'SUPERUSER']) {
      expect(canAccess(role, { action: 'list', resource: 'cohorts' })).toBe(false);
    }
  });

  it('refuses an unknown resource or action to CEI admins too', () => {
    expect(canAccess(Role.CEI_ADMIN, { action: 'list', resource: 'secrets' })).toBe(false);
    expect(canAccess(Role.CEI_ADMIN, { action: 'approve', resource: 'cohorts' })).toBe(false);
  });

  it('deletes no account: accounts are disabled instead', () => {
    expect(canAccess(Role.CEI_ADMIN, { action: 'delete', resource: 'accounts' })).toBe(false);
  });

  it('deletes no follow-up: the server has no such mutation, they are completed instead', () => {
    for (const role of ROLES) {
      expect(canAccess(role, { action: 'delete', resource: 'followUps' })).toBe(false);
    }
  });

  it('lets nobody change or delete the audit log', () => {
    for (const role of ROLES) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(canAccess(role, { action, resource: 'auditEvents' })).toBe(false);
      }
    }
  });
});

describe('protected fields of people', () => {
  /** Whether the role reads phones and languages, searches, and sorts by name. */
  const PROTECTED: Record<Role, boolean> = {
    CEI_ADMIN: true,
    CEI_STAFF: true,
    COE_LIAISON: false,
    CBO_PARTNER: false,
    TEAM_LEAD: true,
    API_PARTNER: false,
  };

  it.each(ROLES.map((role) => ({ role, allowed: PROTECTED[role] })))(
    '$role reads phones and preferred languages: $allowed',
    ({ role, allowed }) => {
      expect(canAccess(role, { action: 'read', resource: 'people.phone' })).toBe(allowed);
      expect(canAccess(role, { action: 'read', resource: 'people.preferredLanguage' })).toBe(
        allowed,
      );
    },
  );

  it.each(ROLES.map((role) => ({ role, allowed: PROTECTED[role] })))(
    '$role searches people, filters them by email or language and sorts them by name: $allowed',
    ({ role, allowed }) => {
      for (const key of ['q', 'email', 'preferredLanguage']) {
        expect(canAccess(role, { action: 'filter', resource: `people.${key}` })).toBe(allowed);
      }
      for (const key of ['familyName', 'givenName']) {
        expect(canAccess(role, { action: 'sort', resource: `people.${key}` })).toBe(allowed);
      }
    },
  );

  it('lets those who read people filter and sort them on fields that are not protected', () => {
    expect(canAccess(Role.COE_LIAISON, { action: 'filter', resource: 'people.kind' })).toBe(true);
    expect(canAccess(Role.COE_LIAISON, { action: 'sort', resource: 'people.kind' })).toBe(true);
    expect(canAccess(Role.COE_LIAISON, { action: 'read', resource: 'people.title' })).toBe(true);
    expect(canAccess(Role.API_PARTNER, { action: 'read', resource: 'people.title' })).toBe(false);
  });

  it('takes no write action on a field', () => {
    expect(canAccess(Role.CEI_ADMIN, { action: 'edit', resource: 'people.phone' })).toBe(false);
  });
});

/**
 * The workflows' steps, as the server declares them (@Allow on each mutation): who may take each.
 * Row scope (a lead's own team, a liaison's county) is the server's; these decide the buttons.
 */
const STAFF_ONLY = [Role.CEI_ADMIN, Role.CEI_STAFF];
const STEPS: { action: string; resource: string; roles: Role[] }[] = [
  ...['upload', 'submit', 'withdraw', 'startReview', 'review', 'select', 'waitlist', 'decline'].map(
    (action) => ({ action, resource: 'applications', roles: STAFF_ONLY }),
  ),
  { action: 'openRecruitment', resource: 'cohorts', roles: STAFF_ONLY },
  { action: 'moveDeadline', resource: 'cohorts', roles: STAFF_ONLY },
  { action: 'end', resource: 'memberships', roles: [...STAFF_ONLY, Role.TEAM_LEAD] },
  { action: 'record', resource: 'attendances', roles: [...STAFF_ONLY, Role.TEAM_LEAD] },
  { action: 'subscribe', resource: 'convenings', roles: [...ROLES] },
  { action: 'subscribePerson', resource: 'calendarFeeds', roles: [...STAFF_ONLY, Role.TEAM_LEAD] },
  { action: 'approve', resource: 'stipends', roles: STAFF_ONLY },
  { action: 'pay', resource: 'stipends', roles: STAFF_ONLY },
  { action: 'approve', resource: 'reimbursements', roles: STAFF_ONLY },
  { action: 'reject', resource: 'reimbursements', roles: STAFF_ONLY },
  { action: 'pay', resource: 'reimbursements', roles: STAFF_ONLY },
  { action: 'redeliver', resource: 'webhookDeliveries', roles: [Role.CEI_ADMIN, Role.API_PARTNER] },
];

describe('the workflows’ steps', () => {
  it.each(
    STEPS.flatMap((step) =>
      ROLES.map((role) => ({ ...step, role, allowed: step.roles.includes(role) })),
    ),
  )('$role may $action $resource: $allowed', ({ role, action, resource, allowed }) => {
    expect(canAccess(role, { action, resource })).toBe(allowed);
  });

  it('offers a step only on the resource that has it', () => {
    expect(canAccess(Role.CEI_ADMIN, { action: 'approve', resource: 'applications' })).toBe(false);
    expect(canAccess(Role.CEI_ADMIN, { action: 'submit', resource: 'stipends' })).toBe(false);
  });

  it('deletes no application: they are withdrawn or declined', () => {
    expect(canAccess(Role.CEI_ADMIN, { action: 'delete', resource: 'applications' })).toBe(false);
  });
});

describe('CSV imports', () => {
  const KINDS = ['LEAS_AND_SCHOOLS', 'PEOPLE_AND_MEMBERSHIPS', 'MEASUREMENTS'];
  /** Which kinds of file each role imports (the server's @Allow and write rules). */
  const IMPORTS: Record<Role, string[]> = {
    CEI_ADMIN: KINDS,
    CEI_STAFF: KINDS,
    COE_LIAISON: [],
    CBO_PARTNER: [],
    TEAM_LEAD: ['PEOPLE_AND_MEMBERSHIPS', 'MEASUREMENTS'],
    API_PARTNER: [],
  };

  it.each(ROLES.map((role) => ({ role, kinds: IMPORTS[role] })))(
    '$role sees the Import page and imports $kinds',
    ({ role, kinds }) => {
      expect(canAccess(role, { action: 'list', resource: 'imports' })).toBe(kinds.length > 0);
      for (const kind of KINDS) {
        expect(canAccess(role, { action: kind, resource: 'imports' }), kind).toBe(
          kinds.includes(kind),
        );
      }
    },
  );
});
