import {
  isActiveOn,
  isRoleRequired,
  type MembershipPeriod,
  type TeamFacts,
} from './composition.js';
import { addCalendarMonths, addDays, daysBetween, requireIsoDate } from './dates.js';
import { MembershipEndReason, TEAM_ROLES, type TeamRole, VacancyStatus } from './vocabulary.js';

/**
 * A team must replace a member who leaves within one calendar month, keeping its composition
 * (domain.md, Vacancy). Vacancies are derived from the membership history, never stored, so a
 * corrected start or end date can never leave a stale vacancy behind.
 */

export interface VacancyMembership extends MembershipPeriod {
  id: string;
  endReason?: MembershipEndReason | null;
}

export interface Vacancy {
  role: TeamRole;
  /** The ended membership's end date: the first day the role was uncovered. */
  openedOn: string;
  /** One calendar month after `openedOn`, clamped to the end of a shorter month. */
  dueOn: string;
  /** The membership whose end opened the vacancy (the first listed, if several ended together). */
  endedMembershipId: string;
  /** The first day a member covered the role again; null while nobody has. */
  filledOn: string | null;
  filledByMembershipId: string | null;
}

export interface VacancyState extends Vacancy {
  status: VacancyStatus;
  /** Days from the day asked about to `dueOn`: 0 on the due date, negative once overdue, null when filled. */
  daysUntilDue: number | null;
}

/**
 * Every vacancy in a team's history, in the order they opened (then in the order of TEAM_ROLES).
 *
 * A membership ending on day E opens a vacancy when, on E, its role is required and no other
 * membership covers it, and it had itself covered the role the day before (a membership that
 * ended on its first day covered nothing, and a role nobody ever filled is "missing" in the
 * composition rather than vacant). Memberships ended because the team ended open none. Members of
 * one role who leave on the same day open a single vacancy: the team needs one replacement.
 *
 * The vacancy is filled on the first day on or after E that some membership in the role is
 * active, which is the start date of the replacement. Because the end date is the first day
 * without the person (see isActiveOn), a replacement starting on E itself means no vacancy at all.
 *
 * A consortium shares its roles across member LEAs (see compositionOn), so vacancies are per team.
 */
export function vacanciesOf(
  memberships: readonly VacancyMembership[],
  facts: TeamFacts,
): Vacancy[] {
  const vacancies: Vacancy[] = [];
  const opened = new Set<string>();
  for (const ended of memberships) {
    const openedOn = ended.endedOn;
    if (openedOn == null || ended.endReason === MembershipEndReason.TEAM_ENDED) continue;
    requireIsoDate(openedOn);
    if (!isRoleRequired(ended.role, facts)) continue;
    if (!isActiveOn(ended, addDays(openedOn, -1))) continue;
    const sameRole = memberships.filter((m) => m.role === ended.role);
    if (sameRole.some((m) => isActiveOn(m, openedOn))) continue;
    const key = `${ended.role}|${openedOn}`;
    if (opened.has(key)) continue;
    opened.add(key);
    const filling = firstCoverageFrom(sameRole, openedOn);
    vacancies.push({
      role: ended.role,
      openedOn,
      dueOn: addCalendarMonths(openedOn, 1),
      endedMembershipId: ended.id,
      filledOn: filling?.on ?? null,
      filledByMembershipId: filling?.membershipId ?? null,
    });
  }
  return vacancies.sort(
    (a, b) =>
      compareStrings(a.openedOn, b.openedOn) ||
      TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day on or after `from` that one of `memberships` is active, and which one. */
function firstCoverageFrom(
  memberships: readonly VacancyMembership[],
  from: string,
): { on: string; membershipId: string } | null {
  let best: { on: string; membershipId: string } | null = null;
  for (const membership of memberships) {
    const on = membership.startedOn > from ? membership.startedOn : from;
    if (!isActiveOn(membership, on)) continue;
    if (best === null || on < best.on) best = { on, membershipId: membership.id };
  }
  return best;
}

/**
 * Where a vacancy stands on day `asOf`: FILLED once a member covers the role again, otherwise
 * DUE up to and including its due date and OVERDUE after it. Null when it had not opened yet.
 */
export function vacancyStatusOn(vacancy: Vacancy, asOf: string): VacancyState | null {
  requireIsoDate(asOf);
  if (vacancy.openedOn > asOf) return null;
  if (vacancy.filledOn !== null && vacancy.filledOn <= asOf) {
    return { ...vacancy, status: VacancyStatus.FILLED, daysUntilDue: null };
  }
  const daysUntilDue = daysBetween(asOf, vacancy.dueOn);
  const status = daysUntilDue < 0 ? VacancyStatus.OVERDUE : VacancyStatus.DUE;
  return { ...vacancy, status, daysUntilDue };
}

/** The vacancies opened on or before `asOf`, filled ones included, with their status that day. */
export function vacanciesOn(
  memberships: readonly VacancyMembership[],
  facts: TeamFacts,
  asOf: string,
): VacancyState[] {
  return statesOn(vacanciesOf(memberships, facts), asOf);
}

function statesOn(vacancies: readonly Vacancy[], asOf: string): VacancyState[] {
  return vacancies.flatMap((vacancy) => vacancyStatusOn(vacancy, asOf) ?? []);
}

/** How many days before its due date a team lead and the CEI designee are reminded of a vacancy. */
export const VACANCY_REMINDER_DAYS = 7;

/**
 * Open vacancies whose due date is at most `days` days after `asOf` (and not yet past), for
 * reminders: `vacanciesDueWithin(v, today, 7)` includes one due today and one due in 7 days.
 * Overdue ones are left to overdueVacancies, which calls for a different message.
 */
export function vacanciesDueWithin(
  vacancies: readonly Vacancy[],
  asOf: string,
  days: number,
): VacancyState[] {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Days must be a whole number ≥ 0: ${days}`);
  return statesOn(vacancies, asOf).filter(
    (state) => state.status === VacancyStatus.DUE && (state.daysUntilDue ?? 0) <= days,
  );
}

export function overdueVacancies(vacancies: readonly Vacancy[], asOf: string): VacancyState[] {
  return statesOn(vacancies, asOf).filter((state) => state.status === VacancyStatus.OVERDUE);
}
