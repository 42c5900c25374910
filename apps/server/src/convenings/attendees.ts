import { isActiveOn, TEAM_ROLES, todayInPacific } from '@cei/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Message } from '../i18n/messages.js';
import { Membership } from '../rosters/membership.entity.js';
import type { ScopedData } from '../scope/scoped-data.js';
import type { Team } from '../teams/team.entity.js';
import { type Convening, ConveningCohort } from './convening.entity.js';
import { conveningMessages as m } from './convening.messages.js';

/**
 * Who is expected at a convening (domain.md, Convenings): every member active on its day on a
 * team of one of its cohorts. One rule for the roll call (`expectedAttendees`) and for what
 * `recordAttendance` accepts.
 */

/** The day a convening is held, in California: membership periods are days. */
export function conveningDay(convening: Pick<Convening, 'startsAt'>): string {
  return todayInPacific(convening.startsAt);
}

/** Why a membership cannot have attendance at a convening; null when it can. */
export function attendeeProblem(
  membership: Pick<Membership, 'startedOn' | 'endedOn'>,
  team: Pick<Team, 'name' | 'cohort'>,
  day: string,
  cohortIds: ReadonlySet<string>,
): Message | null {
  if (!cohortIds.has(team.cohort.id)) return m.teamNotInvited({ team: team.name });
  if (!isActiveOn(membership, day)) {
    const { startedOn, endedOn } = membership;
    return endedOn
      ? m.notOnTeamOnDayUntil({ team: team.name, day, startedOn, endedOn })
      : m.notOnTeamOnDay({ team: team.name, day, startedOn });
  }
  return null;
}

/** The cohorts of each convening, by convening id (the convening schedule is public). */
export async function cohortIdsOfConvenings(
  em: EntityManager,
  conveningIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const links = await em.find(ConveningCohort, { convening: { $in: [...conveningIds] } });
  const cohorts = new Map<string, Set<string>>();
  for (const link of links) {
    const set = cohorts.get(link.convening.id) ?? new Set<string>();
    set.add(link.cohort.id);
    cohorts.set(link.convening.id, set);
  }
  return cohorts;
}

/** Roll-call order: team, then role as domain.md lists them, then who joined first. */
function byTeamAndRole(a: Membership, b: Membership): number {
  const teamA = a.team.getEntity();
  const teamB = b.team.getEntity();
  return (
    teamA.name.localeCompare(teamB.name) ||
    teamA.id.localeCompare(teamB.id) ||
    TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role) ||
    a.startedOn.localeCompare(b.startedOn) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The memberships expected at a convening that the viewer may read (the scope filter of the
 * request's EntityManager applies). The convenings of one request level are answered together:
 * one query for their cohorts, one for the memberships.
 */
export function expectedAttendees(data: ScopedData, convening: Convening): Promise<Membership[]> {
  const loader = data.batchLoader<Membership[]>('expectedAttendees', async (keys) => {
    const asked = keys.map((key) => {
      const [id, day] = key.split('|') as [string, string];
      return { id, day };
    });
    const cohortsOf = await cohortIdsOfConvenings(
      data.em,
      asked.map((convening) => convening.id),
    );
    const cohortIds = [...new Set([...cohortsOf.values()].flatMap((set) => [...set]))];
    const days = asked.map((convening) => convening.day).sort();
    const memberships = cohortIds.length
      ? await data.em.find(
          Membership,
          {
            team: { cohort: { $in: cohortIds } },
            startedOn: { $lte: days.at(-1) as string },
            $or: [{ endedOn: null }, { endedOn: { $gt: days[0] as string } }],
          },
          { populate: ['team'] },
        )
      : [];
    memberships.sort(byTeamAndRole);
    return asked.map(({ id, day }) => {
      const cohorts = cohortsOf.get(id) ?? new Set<string>();
      return memberships.filter(
        (membership) =>
          attendeeProblem(membership, membership.team.getEntity(), day, cohorts) === null,
      );
    });
  });
  return loader.load(`${convening.id}|${conveningDay(convening)}`);
}
