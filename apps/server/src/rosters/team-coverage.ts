import {
  compositionOn,
  isActiveOn,
  Role,
  suppressSmallCount,
  TEAM_ROLE_REQUIREMENT,
  TEAM_ROLES,
  type TeamFacts,
  teamFactsOf,
  type VacancyMembership,
  type VacancyState,
  vacanciesOn,
} from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organizations/organization.entity.js';
import { coveredTeamRows, NONE } from '../scope/rules.js';
import { UNSCOPED } from '../scope/scope-filter.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';
import { Team, TeamLea } from '../teams/team.entity.js';
import { type TeamComposition, Vacancy } from './coverage.types.js';
import { Membership } from './membership.entity.js';

/** What the composition and vacancy rules read of one team. */
export interface TeamRoster {
  team: Team;
  facts: TeamFacts;
  memberships: VacancyMembership[];
}

/**
 * The rosters of many teams in three queries (memberships, member LEAs, focus schools), however
 * many teams. Through a viewer's EntityManager the scope filter applies; `unscoped` reads every
 * membership, for aggregates whose disclosure the caller decides (API partners).
 */
export async function loadTeamRosters(
  em: EntityManager,
  teams: readonly Team[],
  { unscoped = false }: { unscoped?: boolean } = {},
): Promise<Map<string, TeamRoster>> {
  if (teams.length === 0) return new Map();
  const teamIds = teams.map((team) => team.id);
  const schoolIds = teams.flatMap((team) => (team.focusSchool ? [team.focusSchool.id] : []));
  const options = unscoped ? UNSCOPED : {};
  const [memberships, links, schools] = await Promise.all([
    em.find(Membership, { team: { $in: teamIds } }, options),
    em.find(TeamLea, { team: { $in: teamIds } }, options),
    schoolIds.length ? em.find(Organization, { id: { $in: schoolIds } }, options) : [],
  ]);
  const gradeSpanOf = new Map(schools.map((school) => [school.id, school.gradeSpan ?? null]));
  const rosters = new Map<string, TeamRoster>();
  for (const team of teams) {
    rosters.set(team.id, {
      team,
      facts: teamFactsOf({
        leadLeaId: team.leadLea.id,
        focusSchoolGradeSpan: team.focusSchool ? gradeSpanOf.get(team.focusSchool.id) : null,
        otherLeaIds: links.filter((link) => link.team.id === team.id).map((link) => link.lea.id),
      }),
      memberships: [],
    });
  }
  for (const membership of memberships) {
    rosters.get(membership.team.id)?.memberships.push({
      id: membership.id,
      role: membership.role,
      startedOn: membership.startedOn,
      endedOn: membership.endedOn ?? null,
      endReason: membership.endReason ?? null,
      leaId: membership.organization?.id ?? null,
    });
  }
  return rosters;
}

/**
 * A team's roster as this request's viewer may use it for role coverage (directory tier): teams
 * they cover (Team.inScope); for API partners, every team, read for counts only and disclosed
 * per day by `disclosesCoverage`. Null for anyone else. Batched: all teams asked for in one tick
 * are loaded together.
 */
export function rosterForCoverage(data: ScopedData, team: Team): Promise<TeamRoster | null> {
  return data.batch('teamRoster', team.id, async (teamIds) => {
    // The teams asked about are already in this EntityManager: findOne by id reads no row.
    const teams = await Promise.all(teamIds.map((id) => data.em.findOne(Team, id)));
    const byId = new Map(teams.flatMap((each) => (each ? [[each.id, each] as const] : [])));
    const partner = data.viewer.role === Role.API_PARTNER;
    const covered = await Promise.all(teamIds.map((id) => data.coversTeam(id)));
    const readable = teamIds
      .filter((_, index) => partner || covered[index])
      .flatMap((id) => byId.get(id) ?? []);
    // An API partner reads no membership; their role counts are aggregates over all rows.
    const rosters = await loadTeamRosters(data.em, readable, { unscoped: partner });
    return teamIds.map((id) => rosters.get(id) ?? null);
  });
}

/**
 * Whether the viewer may see a loaded roster's coverage on a day. API partners get aggregates
 * only where the team's head count that day would be disclosed to them (five or more): the role
 * counts of a smaller team would add up to the count that is withheld from them.
 */
export function disclosesCoverage(data: ScopedData, roster: TeamRoster, on: string): boolean {
  if (data.viewer.role !== Role.API_PARTNER) return true;
  const active = roster.memberships.filter((membership) => isActiveOn(membership, on)).length;
  return suppressSmallCount(active) !== null;
}

/**
 * Whether a viewer sees vacancies (of the teams they cover). Not API partners: a vacancy is one
 * person's departure (a role and a day), person-level data they do not get.
 */
export function seesVacancies(viewer: Viewer): boolean {
  return viewer.role !== Role.API_PARTNER && coveredTeamRows(viewer) !== NONE;
}

/** The vacancies of a loaded roster the viewer may see on a day. */
export function visibleVacancyStates(
  data: ScopedData,
  roster: TeamRoster,
  on: string,
): VacancyState[] {
  if (!seesVacancies(data.viewer)) return [];
  return vacancyStatesOf(roster, on);
}

/** The team's composition on a day, by the domain's rule, as GraphQL returns it. */
export function compositionOf(roster: TeamRoster, on: string): TeamComposition {
  const composition = compositionOn(roster.memberships, roster.facts, on);
  return {
    asOf: composition.asOf,
    isComplete: composition.isComplete,
    missingRoles: composition.missing,
    roles: TEAM_ROLES.map((role) => ({
      role,
      requirement: TEAM_ROLE_REQUIREMENT[role],
      isRequired: composition.required.includes(role),
      activeCount: composition.counts[role],
      isMissing: composition.missing.includes(role),
    })),
  };
}

/** The team's vacancies opened by a day, with their status that day, by the domain's rule. */
export function vacancyStatesOf(roster: TeamRoster, on: string): VacancyState[] {
  return vacanciesOn(roster.memberships, roster.facts, on);
}

/** A vacancy as GraphQL returns it. */
export function toVacancy(teamId: string, state: VacancyState): Vacancy {
  return Object.assign(new Vacancy(), {
    id: vacancyId(state),
    role: state.role,
    openedOn: state.openedOn,
    dueOn: state.dueOn,
    status: state.status,
    daysUntilDue: state.daysUntilDue,
    filledOn: state.filledOn,
    teamId,
    endedMembershipId: state.endedMembershipId,
    filledByMembershipId: state.filledByMembershipId,
  });
}

/** Stable across days and requests: one membership's end opens at most one vacancy in its role. */
export function vacancyId(vacancy: Pick<VacancyState, 'endedMembershipId' | 'role'>): string {
  return `${vacancy.endedMembershipId}:${vacancy.role}`;
}
