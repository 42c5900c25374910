import { ROLES, Role } from '@cei/domain';

/**
 * What each role may do in the admin, decided here and nowhere else. It mirrors what the server
 * declares (apps/server: `@Allow` on every root field, the row rules of `scope/rules.ts` and the
 * field privacy of `scope/field-privacy.ts`), so the interface offers only what the server will
 * answer: a screen whose rows the server hides from a role is not shown to it as an empty list,
 * a field it hides is not shown as an empty box. The server stays the authority; this only
 * decides what to show.
 *
 * Resources are react-admin's names (`people`); a field, filter or sort key is `people.phone`.
 */
export type AccessAction =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  /** Reading a field: `{ action: 'read', resource: 'people.phone' }`. */
  | 'read'
  /** Filtering a list on a field: `{ action: 'filter', resource: 'people.q' }`. */
  | 'filter'
  /** Sorting a list on a field: `{ action: 'sort', resource: 'people.familyName' }`. */
  | 'sort'
  /**
   * An operation of the resource beyond create and edit, named after its mutation: `submit` an
   * application (`submitApplication`), `end` a membership, `approve` a stipend.
   */
  | (string & {});

export interface AccessRequest {
  action: string;
  resource: string;
  record?: unknown;
}

const EVERYONE = ROLES;
const STAFF = [Role.CEI_ADMIN, Role.CEI_STAFF];
const ADMINS = [Role.CEI_ADMIN];
/** Roles with a team scope: they see what hangs off the teams they cover. */
const SCOPED = [Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD];
/** Protected tier (students' and family members' details, phones, languages): staff, team leads. */
const PROTECTED_READERS = [...STAFF, Role.TEAM_LEAD];

interface ResourceRules {
  /** Who gets rows: the list and show screens. */
  read: readonly Role[];
  /** Who may create and change records; nobody when absent. */
  write?: readonly Role[];
  /** Who may create them; `write` when absent. Deliverables are statutory: edited, never added. */
  create?: readonly Role[];
  /** Who may delete them; `write` when absent. Accounts are disabled, never deleted. */
  delete?: readonly Role[];
  /** Who may run each of its other operations (transitions, uploads), by action name. */
  actions?: Readonly<Record<string, readonly Role[]>>;
}

const resources: Record<string, ResourceRules> = {
  // Public tier: everyone reads them; CEI staff keep them.
  cohorts: {
    read: EVERYONE,
    write: STAFF,
    actions: { openRecruitment: STAFF, moveDeadline: STAFF },
  },
  cohortDeadlines: { read: EVERYONE },
  facilitations: { read: EVERYONE },
  teams: { read: EVERYONE, write: STAFF },
  // Anyone signed in may subscribe a calendar program to a cohort's (public) convenings.
  convenings: { read: EVERYONE, write: STAFF, actions: { subscribe: EVERYONE } },
  organizations: { read: EVERYONE, write: STAFF },
  leadAgencies: { read: EVERYONE },
  deliverables: { read: EVERYONE, write: STAFF, create: [], delete: [] },
  metrics: { read: EVERYONE, write: STAFF, delete: [] },
  // Aggregate tier: metric values of covered teams, statewide for API partners. Team leads
  // record their own team's (the team picker offers only theirs).
  measurements: { read: EVERYONE, write: [...STAFF, Role.TEAM_LEAD] },

  // A team's own story and rosters: whoever covers the team; team leads keep their rosters.
  problemsOfPractice: { read: [...STAFF, ...SCOPED] },
  // Stipends are scheduled when an application is selected; staff approve and pay them.
  stipends: { read: [...STAFF, ...SCOPED], actions: { approve: STAFF, pay: STAFF } },
  people: { read: [...STAFF, ...SCOPED], write: [...STAFF, Role.TEAM_LEAD] },
  memberships: {
    read: [...STAFF, ...SCOPED],
    write: [...STAFF, Role.TEAM_LEAD],
    actions: { end: [...STAFF, Role.TEAM_LEAD] },
  },
  // Role coverage (directory tier): those who cover the team. The API answers every vacancy on
  // the viewer's teams; community partners follow their own organization's seats, not vacancies.
  vacancies: { read: [...STAFF, Role.COE_LIAISON, Role.TEAM_LEAD] },
  // Calendar feeds: one's own, of a cohort's convenings (or of a person's teams).
  calendarFeeds: {
    read: EVERYONE,
    write: EVERYONE,
    // Of another person's convenings: CEI staff, and team leads for people on their rosters.
    actions: { subscribePerson: [...STAFF, Role.TEAM_LEAD] },
  },
  // Check-ins are the liaisons' notes: not shared with community partners.
  checkIns: {
    read: [...STAFF, Role.COE_LIAISON, Role.TEAM_LEAD],
    write: [...STAFF, Role.COE_LIAISON],
  },
  followUps: {
    read: [...STAFF, Role.COE_LIAISON, Role.TEAM_LEAD],
    write: [...STAFF, Role.COE_LIAISON],
  },

  // Protected tier: attendance records for a team's lead; reimbursements also for the CBO
  // partner whose claims they are (and which they submit for their organization's members).
  attendances: { read: PROTECTED_READERS, actions: { record: [...STAFF, Role.TEAM_LEAD] } },
  reimbursements: {
    read: [...PROTECTED_READERS, Role.CBO_PARTNER],
    create: [...STAFF, Role.CBO_PARTNER],
    actions: { approve: STAFF, reject: STAFF, pay: STAFF },
  },
  // Totals against the appropriation: CEI staff.
  fundingSummary: { read: STAFF },
  // The API explorer (GraphiQL): for those who write code against the API. Others could run the
  // same queries (the server scopes them), but their work is on the screens, so it is not offered.
  apiExplorer: { read: [...STAFF, Role.API_PARTNER] },

  // Applications, reviews and the newsletter: CEI staff.
  applications: {
    read: STAFF,
    write: STAFF,
    delete: [],
    actions: {
      upload: STAFF,
      submit: STAFF,
      withdraw: STAFF,
      startReview: STAFF,
      review: STAFF,
      select: STAFF,
      waitlist: STAFF,
      decline: STAFF,
    },
  },
  reviews: { read: STAFF },
  reviewScores: { read: STAFF },
  rubricCriteria: { read: STAFF, write: STAFF },
  subscriptions: { read: STAFF },

  // CSV imports (previewImport, commitImport), one action per kind of file: LEAs and schools for
  // CEI staff; people, memberships and measurements also for team leads, onto their own teams.
  imports: {
    read: [...STAFF, Role.TEAM_LEAD],
    actions: {
      LEAS_AND_SCHOOLS: STAFF,
      PEOPLE_AND_MEMBERSHIPS: [...STAFF, Role.TEAM_LEAD],
      MEASUREMENTS: [...STAFF, Role.TEAM_LEAD],
    },
  },

  // Administration: CEI admins. (Everyone may read their own account, but through `me`.)
  accounts: { read: ADMINS, write: ADMINS, delete: [] },
  scopeBindings: { read: ADMINS },
  apiTokens: { read: ADMINS, write: ADMINS },
  auditEvents: { read: ADMINS },
  outboxEmails: { read: ADMINS },
};

/**
 * Fields, filters and sorts readable by fewer roles than their records. Person names and emails
 * are not here: they are readable for professionals and hidden per record for students and
 * family members (the server answers null, shown as "Name not shown").
 */
const fields: Record<string, Partial<Record<'read' | 'filter' | 'sort', readonly Role[]>>> = {
  'people.phone': { read: PROTECTED_READERS, filter: PROTECTED_READERS },
  'people.preferredLanguage': { read: PROTECTED_READERS, filter: PROTECTED_READERS },
  // A filter on a protected field is an oracle (a match reveals the value): the server refuses
  // them, and the search (`q`) reads names and emails.
  'people.q': { filter: PROTECTED_READERS },
  'people.email': { filter: PROTECTED_READERS },
  'people.givenName': { sort: PROTECTED_READERS },
  'people.familyName': { sort: PROTECTED_READERS },
};

function isRole(role: unknown): role is Role {
  return typeof role === 'string' && (ROLES as readonly string[]).includes(role);
}

/**
 * Whether `role` may do `action` on `resource`. Fails closed: no role (signed out), an unknown
 * role, resource or action is refused.
 */
export function canAccess(role: unknown, { action, resource }: AccessRequest): boolean {
  if (!isRole(role)) return false;
  const [name = '', field] = resource.split('.', 2);
  const rules = resources[name];
  if (!rules) return false;
  const reads = rules.read.includes(role);

  if (field !== undefined) {
    if (action !== 'read' && action !== 'filter' && action !== 'sort') return false;
    const allowed = fields[`${name}.${field}`]?.[action];
    return reads && (allowed ? allowed.includes(role) : true);
  }

  switch (action) {
    case 'list':
    case 'show':
    case 'export':
    case 'read':
      return reads;
    case 'create':
      return (rules.create ?? rules.write ?? []).includes(role);
    case 'edit':
      return (rules.write ?? []).includes(role);
    case 'delete':
      return (rules.delete ?? rules.write ?? []).includes(role);
    default:
      return Object.hasOwn(rules.actions ?? {}, action)
        ? (rules.actions?.[action] ?? []).includes(role)
        : false;
  }
}
