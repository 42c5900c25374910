import { requireIsoDate } from './dates.js';
import { GradeSpan, PersonKind, TEAM_ROLES, TeamRole, TeamRoleRequirement } from './vocabulary.js';

/**
 * Who a district team must have (domain.md, Rosters), as one table so that the composition, the
 * vacancies and the labels shown next to each role cannot disagree.
 */
export const TEAM_ROLE_REQUIREMENT: Readonly<Record<TeamRole, TeamRoleRequirement>> = {
  DISTRICT_CABINET_LEADER: TeamRoleRequirement.REQUIRED,
  DISTRICT_ENGAGEMENT_LEAD: TeamRoleRequirement.OPTIONAL,
  SITE_ADMINISTRATOR: TeamRoleRequirement.REQUIRED,
  SITE_ENGAGEMENT_LEAD: TeamRoleRequirement.OPTIONAL,
  SITE_STAFF: TeamRoleRequirement.REQUIRED,
  STUDENT: TeamRoleRequirement.REQUIRED_FOR_HIGH_SCHOOL,
  FAMILY_MEMBER: TeamRoleRequirement.REQUIRED,
  COE_REPRESENTATIVE: TeamRoleRequirement.REQUIRED,
  COMMUNITY_PARTNER: TeamRoleRequirement.REQUIRED,
};

/** Which kind of person may fill a role: students and family members are their own seats. */
export function personKindForRole(role: TeamRole): PersonKind {
  if (role === TeamRole.STUDENT) return PersonKind.STUDENT;
  if (role === TeamRole.FAMILY_MEMBER) return PersonKind.FAMILY_MEMBER;
  return PersonKind.PROFESSIONAL;
}

/** A person's time in a role on a team, as composition needs it. Dates are `YYYY-MM-DD`. */
export interface MembershipPeriod {
  role: TeamRole;
  startedOn: string;
  /** The first day the person is no longer on the team; none while they still are. */
  endedOn?: string | null;
  /** The LEA the member represents, when they represent one (only consortia care). */
  leaId?: string | null;
}

export interface TeamFacts {
  /** Whether the focus school serves high school grades: then a student is required. */
  focusSchoolServesHighSchool: boolean;
  /** Small or rural districts applying together, with several member LEAs. */
  isConsortium: boolean;
  /** For a consortium, its member LEAs (the lead LEA included). */
  memberLeaIds?: readonly string[];
}

/** What a team record says that the composition rules read. */
export interface TeamRecordFacts {
  /** The grade span of the team's focus school; none while no focus school is set. */
  focusSchoolGradeSpan?: GradeSpan | null;
  leadLeaId: string;
  /** A consortium's LEAs other than the lead LEA; none for a single-LEA team. */
  otherLeaIds?: readonly string[];
}

/**
 * The facts of a team record, so the server and the admin app read the record the same way: a
 * student is required when the focus school is a high school, and a team with LEAs besides its
 * lead LEA is a consortium.
 */
export function teamFactsOf(team: TeamRecordFacts): TeamFacts {
  const others = [...new Set(team.otherLeaIds ?? [])].filter((id) => id !== team.leadLeaId);
  return {
    focusSchoolServesHighSchool: team.focusSchoolGradeSpan === GradeSpan.HIGH,
    isConsortium: others.length > 0,
    memberLeaIds: [team.leadLeaId, ...others],
  };
}

export interface Composition {
  asOf: string;
  /** Active members per role, every role present (0 when none). */
  counts: Record<TeamRole, number>;
  required: TeamRole[];
  /** Required roles without an active member, in the order of TEAM_ROLES. */
  missing: TeamRole[];
  isComplete: boolean;
  /**
   * For a consortium, member LEAs that no active member represents. Informational only: it never
   * makes a team incomplete (see compositionOn). Always empty for a single-LEA team.
   */
  unrepresentedLeaIds: string[];
}

/**
 * Whether a membership counts on day `date`: from its start date included to its end date
 * excluded. The end date is the first day the person is no longer on the team, so a replacement
 * who starts on that same day takes over without a gap and no vacancy opens (vacancies.ts relies
 * on this), and a membership that ends on the day it starts never counted at all.
 *
 * Dates compare as strings: fixed-width ISO dates sort the same as days.
 */
export function isActiveOn(
  membership: Pick<MembershipPeriod, 'startedOn' | 'endedOn'>,
  date: string,
): boolean {
  return membership.startedOn <= date && (membership.endedOn == null || membership.endedOn > date);
}

export function isRoleRequired(
  role: TeamRole,
  facts: Pick<TeamFacts, 'focusSchoolServesHighSchool'>,
): boolean {
  const requirement = TEAM_ROLE_REQUIREMENT[role];
  return (
    requirement === TeamRoleRequirement.REQUIRED ||
    (requirement === TeamRoleRequirement.REQUIRED_FOR_HIGH_SCHOOL &&
      facts.focusSchoolServesHighSchool)
  );
}

/** The roles a team must fill, in the order of TEAM_ROLES. */
export function requiredRoles(facts: Pick<TeamFacts, 'focusSchoolServesHighSchool'>): TeamRole[] {
  return TEAM_ROLES.filter((role) => isRoleRequired(role, facts));
}

/**
 * The team's composition on day `asOf`.
 *
 * A consortium is judged as one team: it is complete when each required role has at least one
 * active member somewhere on the team, whichever member LEA that member comes from. domain.md lets
 * small districts spread the required roles across their LEAs, so requiring every role in every
 * LEA would defeat the purpose of applying together.
 */
export function compositionOn(
  memberships: readonly MembershipPeriod[],
  facts: TeamFacts,
  asOf: string,
): Composition {
  requireIsoDate(asOf);
  const counts = Object.fromEntries(TEAM_ROLES.map((role) => [role, 0])) as Record<
    TeamRole,
    number
  >;
  const representedLeaIds = new Set<string>();
  for (const membership of memberships) {
    if (!isActiveOn(membership, asOf)) continue;
    counts[membership.role] += 1;
    if (membership.leaId != null) representedLeaIds.add(membership.leaId);
  }
  const required = requiredRoles(facts);
  const missing = required.filter((role) => counts[role] === 0);
  const unrepresentedLeaIds = facts.isConsortium
    ? [...new Set(facts.memberLeaIds ?? [])].filter((leaId) => !representedLeaIds.has(leaId))
    : [];
  return { asOf, counts, required, missing, isComplete: missing.length === 0, unrepresentedLeaIds };
}
