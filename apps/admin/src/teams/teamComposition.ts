import {
  type Composition,
  compositionOn,
  GradeSpan,
  type TeamRole,
  type VacancyState,
  VacancyStatus,
  vacanciesOn,
} from '@cei/domain';

/** The parts of a team record the composition rules read. */
export interface TeamForComposition {
  focusSchool?: { gradeSpan?: string | null } | null;
  isConsortium?: boolean;
  leadLeaId?: string | null;
  memberLeaIds?: string[];
}

/** The parts of a membership record they read; `organization` is the LEA or school represented. */
export interface MembershipForComposition {
  id: string;
  role: TeamRole;
  startedOn: string;
  endedOn?: string | null;
  organization?: { id: string } | null;
}

export interface TeamHealth {
  composition: Composition;
  vacancies: VacancyState[];
}

/**
 * A team's composition and open vacancies on `asOf`, by the domain's rules (the same the server
 * uses for its reminders), from the team and its roster.
 */
export function teamHealth(
  team: TeamForComposition,
  memberships: readonly MembershipForComposition[],
  asOf: string,
): TeamHealth {
  const facts = {
    focusSchoolServesHighSchool: team.focusSchool?.gradeSpan === GradeSpan.HIGH,
    isConsortium: team.isConsortium ?? false,
    memberLeaIds: [team.leadLeaId, ...(team.memberLeaIds ?? [])].filter(
      (id): id is string => typeof id === 'string',
    ),
  };
  const periods = memberships.map((membership) => ({
    id: membership.id,
    role: membership.role,
    startedOn: membership.startedOn,
    endedOn: membership.endedOn ?? null,
    leaId: membership.organization?.id ?? null,
  }));
  return {
    composition: compositionOn(periods, facts, asOf),
    vacancies: vacanciesOn(periods, facts, asOf).filter(
      (vacancy) => vacancy.status !== VacancyStatus.FILLED,
    ),
  };
}
