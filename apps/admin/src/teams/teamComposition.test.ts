import { GradeSpan, TeamRole } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { type MembershipForComposition, teamHealth } from './teamComposition';

const started = '2019-08-29';

/** One member in each role a team must have (the student too). */
function fullRoster(): MembershipForComposition[] {
  return [
    TeamRole.DISTRICT_CABINET_LEADER,
    TeamRole.SITE_ADMINISTRATOR,
    TeamRole.SITE_STAFF,
    TeamRole.STUDENT,
    TeamRole.FAMILY_MEMBER,
    TeamRole.COE_REPRESENTATIVE,
    TeamRole.COMMUNITY_PARTNER,
  ].map((role, index) => ({ id: `m${index}`, role, startedOn: started }));
}

const highSchoolTeam = { focusSchool: { gradeSpan: GradeSpan.HIGH }, leadLeaId: 'lea' };
const elementaryTeam = { focusSchool: { gradeSpan: GradeSpan.ELEMENTARY }, leadLeaId: 'lea' };

describe('a team’s health', () => {
  it('is complete with a member in every required role', () => {
    const { composition, vacancies } = teamHealth(highSchoolTeam, fullRoster(), '2020-01-15');
    expect(composition.isComplete).toBe(true);
    expect(vacancies).toEqual([]);
  });

  it('needs a student only when the focus school serves high school grades', () => {
    const withoutStudent = fullRoster().filter((member) => member.role !== TeamRole.STUDENT);
    expect(teamHealth(highSchoolTeam, withoutStudent, '2020-01-15').composition.missing).toEqual([
      TeamRole.STUDENT,
    ]);
    expect(teamHealth(elementaryTeam, withoutStudent, '2020-01-15').composition.isComplete).toBe(
      true,
    );
  });

  it('opens a vacancy due a month after a required member leaves, overdue after that', () => {
    const roster = fullRoster().map((member) =>
      member.role === TeamRole.FAMILY_MEMBER ? { ...member, endedOn: '2020-01-31' } : member,
    );
    const due = teamHealth(highSchoolTeam, roster, '2020-02-10').vacancies;
    expect(due).toMatchObject([
      { role: TeamRole.FAMILY_MEMBER, dueOn: '2020-02-29', status: 'DUE' },
    ]);
    const overdue = teamHealth(highSchoolTeam, roster, '2020-03-01').vacancies;
    expect(overdue).toMatchObject([{ status: 'OVERDUE' }]);
  });

  it('no longer lists a vacancy once a new member fills the role', () => {
    const roster = [
      ...fullRoster().map((member) =>
        member.role === TeamRole.FAMILY_MEMBER ? { ...member, endedOn: '2020-01-31' } : member,
      ),
      { id: 'new', role: TeamRole.FAMILY_MEMBER, startedOn: '2020-02-20' },
    ];
    expect(teamHealth(highSchoolTeam, roster, '2020-03-01').vacancies).toEqual([]);
  });
});
