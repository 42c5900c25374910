import { describe, expect, it } from 'vitest';
import {
  compositionOn,
  isActiveOn,
  type MembershipPeriod,
  personKindForRole,
  requiredRoles,
  TEAM_ROLE_REQUIREMENT,
  type TeamFacts,
  teamFactsOf,
} from './composition.js';
import { GradeSpan, PersonKind, TEAM_ROLES, TeamRole } from './vocabulary.js';

const elementaryTeam: TeamFacts = { focusSchoolServesHighSchool: false, isConsortium: false };
const highSchoolTeam: TeamFacts = { focusSchoolServesHighSchool: true, isConsortium: false };

const ALWAYS_REQUIRED: TeamRole[] = [
  TeamRole.DISTRICT_CABINET_LEADER,
  TeamRole.SITE_ADMINISTRATOR,
  TeamRole.SITE_STAFF,
  TeamRole.FAMILY_MEMBER,
  TeamRole.COE_REPRESENTATIVE,
  TeamRole.COMMUNITY_PARTNER,
];

function fullRoster(startedOn = '2021-01-21', leaId?: string): MembershipPeriod[] {
  return [...ALWAYS_REQUIRED, TeamRole.STUDENT].map((role) => ({ role, startedOn, leaId }));
}

describe('requiredRoles', () => {
  it('requires six roles when the focus school does not serve high school grades', () => {
    expect(requiredRoles(elementaryTeam)).toEqual(ALWAYS_REQUIRED);
  });

  it('also requires a student when the focus school serves high school grades', () => {
    expect(requiredRoles(highSchoolTeam)).toEqual([
      TeamRole.DISTRICT_CABINET_LEADER,
      TeamRole.SITE_ADMINISTRATOR,
      TeamRole.SITE_STAFF,
      TeamRole.STUDENT,
      TeamRole.FAMILY_MEMBER,
      TeamRole.COE_REPRESENTATIVE,
      TeamRole.COMMUNITY_PARTNER,
    ]);
  });

  it('says for every role whether it is required', () => {
    expect(Object.keys(TEAM_ROLE_REQUIREMENT).sort()).toEqual([...TEAM_ROLES].sort());
  });
});

describe('isActiveOn', () => {
  const membership = { startedOn: '2021-01-21', endedOn: '2021-06-01' };

  it.each([
    ['the day before it starts', '2021-01-20', false],
    ['its start date', '2021-01-21', true],
    ['the day before its end date', '2021-05-31', true],
    ['its end date, the first day without the person', '2021-06-01', false],
    ['after its end date', '2021-07-01', false],
  ])('a membership counts on %s: %s', (_, date, active) => {
    expect(isActiveOn(membership, date)).toBe(active);
  });

  it('counts an open-ended membership from its start on', () => {
    expect(isActiveOn({ startedOn: '2021-01-21', endedOn: null }, '2030-01-01')).toBe(true);
    expect(isActiveOn({ startedOn: '2021-01-21' }, '2021-01-20')).toBe(false);
  });

  it('never counts a membership that ends on the day it starts', () => {
    expect(isActiveOn({ startedOn: '2021-01-21', endedOn: '2021-01-21' }, '2021-01-21')).toBe(
      false,
    );
  });
});

describe('compositionOn', () => {
  it('finds a team with every required role complete', () => {
    const composition = compositionOn(fullRoster(), highSchoolTeam, '2021-02-01');
    expect(composition.isComplete).toBe(true);
    expect(composition.missing).toEqual([]);
    expect(composition.counts.STUDENT).toBe(1);
    expect(composition.counts.DISTRICT_ENGAGEMENT_LEAD).toBe(0);
  });

  it('counts every active member of a role', () => {
    const roster = [
      ...fullRoster(),
      { role: TeamRole.FAMILY_MEMBER, startedOn: '2021-01-21' },
      { role: TeamRole.FAMILY_MEMBER, startedOn: '2020-01-01', endedOn: '2021-01-01' },
    ];
    expect(compositionOn(roster, elementaryTeam, '2021-02-01').counts.FAMILY_MEMBER).toBe(2);
  });

  it('does not miss a student on a team whose focus school has no high school grades', () => {
    const roster = fullRoster().filter((m) => m.role !== TeamRole.STUDENT);
    expect(compositionOn(roster, elementaryTeam, '2021-02-01').isComplete).toBe(true);
    expect(compositionOn(roster, highSchoolTeam, '2021-02-01').missing).toEqual([TeamRole.STUDENT]);
  });

  it.each([
    ['before anyone joined', '2021-01-20', 7],
    ['on the day a member leaves', '2021-06-01', 1],
    ['after a member left', '2021-09-01', 1],
  ])('lists the missing roles %s', (_, asOf, missingCount) => {
    const roster = fullRoster().map((m) =>
      m.role === TeamRole.SITE_STAFF ? { ...m, endedOn: '2021-06-01' } : m,
    );
    const composition = compositionOn(roster, highSchoolTeam, asOf);
    expect(composition.missing).toHaveLength(missingCount);
    expect(composition.isComplete).toBe(false);
  });

  it('does not let optional roles stand in for required ones', () => {
    const roster = fullRoster().map((m) =>
      m.role === TeamRole.DISTRICT_CABINET_LEADER
        ? { ...m, role: TeamRole.DISTRICT_ENGAGEMENT_LEAD }
        : m,
    );
    expect(compositionOn(roster, highSchoolTeam, '2021-02-01').missing).toEqual([
      TeamRole.DISTRICT_CABINET_LEADER,
    ]);
  });

  it('completes a consortium whose required roles are spread across its member LEAs', () => {
    const facts: TeamFacts = {
      ...elementaryTeam,
      isConsortium: true,
      memberLeaIds: ['lea-a', 'lea-b'],
    };
    const roster = ALWAYS_REQUIRED.map((role, index) => ({
      role,
      startedOn: '2021-01-21',
      leaId: index % 2 === 0 ? 'lea-a' : 'lea-b',
    }));
    const composition = compositionOn(roster, facts, '2021-02-01');
    expect(composition.isComplete).toBe(true);
    expect(composition.unrepresentedLeaIds).toEqual([]);
  });

  it('names the member LEAs of a consortium that nobody represents, without making it incomplete', () => {
    const facts: TeamFacts = {
      ...elementaryTeam,
      isConsortium: true,
      memberLeaIds: ['lea-a', 'lea-b', 'lea-c'],
    };
    const roster = [
      ...fullRoster('2021-01-21', 'lea-a'),
      { role: TeamRole.SITE_STAFF, startedOn: '2021-01-21', endedOn: '2021-01-30', leaId: 'lea-b' },
    ];
    const composition = compositionOn(roster, facts, '2021-02-01');
    expect(composition.isComplete).toBe(true);
    expect(composition.unrepresentedLeaIds).toEqual(['lea-b', 'lea-c']);
  });

  it('reports no unrepresented LEAs for a single-district team', () => {
    const facts: TeamFacts = { ...elementaryTeam, memberLeaIds: ['lea-a', 'lea-b'] };
    expect(compositionOn(fullRoster(), facts, '2021-02-01').unrepresentedLeaIds).toEqual([]);
  });

  it('refuses a malformed date', () => {
    expect(() => compositionOn([], elementaryTeam, '2021-02-30')).toThrow(RangeError);
  });
});

describe('teamFactsOf', () => {
  it('requires a student when the focus school is a high school, and not otherwise', () => {
    expect(teamFactsOf({ leadLeaId: 'a', focusSchoolGradeSpan: GradeSpan.HIGH })).toEqual({
      focusSchoolServesHighSchool: true,
      isConsortium: false,
      memberLeaIds: ['a'],
    });
    for (const gradeSpan of [GradeSpan.ELEMENTARY, GradeSpan.MIDDLE, GradeSpan.OTHER, null]) {
      expect(
        teamFactsOf({ leadLeaId: 'a', focusSchoolGradeSpan: gradeSpan })
          .focusSchoolServesHighSchool,
      ).toBe(false);
    }
  });

  it('makes a team with LEAs besides its lead a consortium of all of them, lead first', () => {
    expect(teamFactsOf({ leadLeaId: 'a', otherLeaIds: ['b', 'c', 'b', 'a'] })).toEqual({
      focusSchoolServesHighSchool: false,
      isConsortium: true,
      memberLeaIds: ['a', 'b', 'c'],
    });
    expect(teamFactsOf({ leadLeaId: 'a', otherLeaIds: ['a'] }).isConsortium).toBe(false);
  });
});

describe('personKindForRole', () => {
  it('seats students and family members as themselves, and professionals in every other role', () => {
    expect(personKindForRole(TeamRole.STUDENT)).toBe(PersonKind.STUDENT);
    expect(personKindForRole(TeamRole.FAMILY_MEMBER)).toBe(PersonKind.FAMILY_MEMBER);
    const professional = TEAM_ROLES.filter(
      (role) => role !== TeamRole.STUDENT && role !== TeamRole.FAMILY_MEMBER,
    );
    expect(professional).toHaveLength(7);
    for (const role of professional) expect(personKindForRole(role)).toBe(PersonKind.PROFESSIONAL);
  });
});
