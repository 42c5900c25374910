import { describe, expect, it } from 'vitest';
import type { TeamFacts } from './composition.js';
import {
  overdueVacancies,
  type Vacancy,
  type VacancyMembership,
  vacanciesDueWithin,
  vacanciesOf,
  vacanciesOn,
  vacancyStatusOn,
} from './vacancies.js';
import { MembershipEndReason, TeamRole, VacancyStatus } from './vocabulary.js';

const team: TeamFacts = { focusSchoolServesHighSchool: false, isConsortium: false };
const highSchoolTeam: TeamFacts = { ...team, focusSchoolServesHighSchool: true };

function member(
  id: string,
  role: TeamRole,
  startedOn: string,
  endedOn: string | null = null,
  endReason: MembershipEndReason | null = null,
): VacancyMembership {
  return { id, role, startedOn, endedOn, endReason };
}

describe('vacanciesOf', () => {
  it('opens a vacancy on the end date of the last member of a required role, due a month later', () => {
    const vacancies = vacanciesOf(
      [member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15')],
      team,
    );
    expect(vacancies).toEqual([
      {
        role: TeamRole.SITE_STAFF,
        openedOn: '2021-03-15',
        dueOn: '2021-04-15',
        endedMembershipId: 'm1',
        filledOn: null,
        filledByMembershipId: null,
      },
    ]);
  });

  it.each([
    ['31 January', '2021-01-31', '2021-02-28'],
    ['31 January of a leap year', '2024-01-31', '2024-02-29'],
    ['31 March', '2021-03-31', '2021-04-30'],
    ['31 December', '2021-12-31', '2022-01-31'],
  ])('gives a departure on %s a due date of %s', (_, endedOn, dueOn) => {
    const [vacancy] = vacanciesOf([member('m1', TeamRole.SITE_STAFF, '2020-01-01', endedOn)], team);
    expect(vacancy?.dueOn).toBe(dueOn);
  });

  it('records the replacement that fills it, on the replacement’s start date', () => {
    const vacancies = vacanciesOf(
      [
        member('m1', TeamRole.FAMILY_MEMBER, '2021-01-21', '2021-03-15'),
        member('m3', TeamRole.FAMILY_MEMBER, '2021-05-01'),
        member('m2', TeamRole.FAMILY_MEMBER, '2021-04-01'),
      ],
      team,
    );
    expect(vacancies).toHaveLength(1);
    expect(vacancies[0]).toMatchObject({ filledOn: '2021-04-01', filledByMembershipId: 'm2' });
  });

  it.each<[string, VacancyMembership[], TeamFacts]>([
    [
      'another member still covers the role',
      [
        member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15'),
        member('m2', TeamRole.SITE_STAFF, '2021-01-21'),
      ],
      team,
    ],
    [
      'the replacement starts on the end date',
      [
        member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15'),
        member('m2', TeamRole.SITE_STAFF, '2021-03-15'),
      ],
      team,
    ],
    [
      'the role is optional',
      [member('m1', TeamRole.DISTRICT_ENGAGEMENT_LEAD, '2021-01-21', '2021-03-15')],
      team,
    ],
    [
      'a student leaves a team whose focus school has no high school grades',
      [member('m1', TeamRole.STUDENT, '2021-01-21', '2021-06-10', MembershipEndReason.GRADUATED)],
      team,
    ],
    [
      'the membership ended on the day it started, so never covered the role',
      [member('m1', TeamRole.SITE_STAFF, '2021-03-15', '2021-03-15')],
      team,
    ],
    [
      'the membership ended because the team ended',
      [
        member(
          'm1',
          TeamRole.SITE_STAFF,
          '2021-01-21',
          '2024-06-30',
          MembershipEndReason.TEAM_ENDED,
        ),
      ],
      team,
    ],
    ['nobody has left', [member('m1', TeamRole.SITE_STAFF, '2021-01-21')], team],
    ['the role was never filled', [], highSchoolTeam],
  ])('opens no vacancy when %s', (_, memberships, facts) => {
    expect(vacanciesOf(memberships, facts)).toEqual([]);
  });

  it('opens a vacancy when a graduating student leaves a high school team', () => {
    const memberships = [
      member('s1', TeamRole.STUDENT, '2021-01-21', '2021-06-10', MembershipEndReason.GRADUATED),
    ];
    expect(vacanciesOf(memberships, highSchoolTeam)).toMatchObject([
      { role: TeamRole.STUDENT, dueOn: '2021-07-10' },
    ]);
  });

  it('opens the vacancy when the second of two members in a role leaves', () => {
    const vacancies = vacanciesOf(
      [
        member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-02-01'),
        member('m2', TeamRole.SITE_STAFF, '2021-01-21', '2021-05-01'),
      ],
      team,
    );
    expect(vacancies).toMatchObject([{ openedOn: '2021-05-01', endedMembershipId: 'm2' }]);
  });

  it('opens one vacancy when two members of a role leave on the same day', () => {
    const vacancies = vacanciesOf(
      [
        member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-05-01'),
        member('m2', TeamRole.SITE_STAFF, '2021-02-01', '2021-05-01'),
      ],
      team,
    );
    expect(vacancies).toMatchObject([{ openedOn: '2021-05-01', endedMembershipId: 'm1' }]);
  });

  it('opens a vacancy when a member changes role and leaves their old role uncovered', () => {
    const vacancies = vacanciesOf(
      [
        member(
          'm1',
          TeamRole.SITE_STAFF,
          '2021-01-21',
          '2021-05-01',
          MembershipEndReason.ROLE_CHANGED,
        ),
        member('m2', TeamRole.SITE_ADMINISTRATOR, '2021-05-01'),
      ],
      team,
    );
    expect(vacancies).toMatchObject([{ role: TeamRole.SITE_STAFF, openedOn: '2021-05-01' }]);
  });

  it('does not count a replacement who starts and leaves on the same day as filling it', () => {
    const vacancies = vacanciesOf(
      [
        member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15'),
        member('m2', TeamRole.SITE_STAFF, '2021-03-20', '2021-03-20'),
        member('m3', TeamRole.SITE_STAFF, '2021-03-25'),
      ],
      team,
    );
    expect(vacancies).toMatchObject([{ filledOn: '2021-03-25', filledByMembershipId: 'm3' }]);
  });

  it('lists successive vacancies in the order they opened', () => {
    const vacancies = vacanciesOf(
      [
        member('a', TeamRole.COMMUNITY_PARTNER, '2021-01-21', '2022-02-01'),
        member('b', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15'),
        member('c', TeamRole.SITE_STAFF, '2021-04-01', '2021-09-01'),
        member('d', TeamRole.SITE_ADMINISTRATOR, '2021-01-21', '2021-09-01'),
      ],
      team,
    );
    expect(
      vacancies.map((v) => [v.openedOn, v.role, v.endedMembershipId, v.filledByMembershipId]),
    ).toEqual([
      ['2021-03-15', TeamRole.SITE_STAFF, 'b', 'c'],
      ['2021-09-01', TeamRole.SITE_ADMINISTRATOR, 'd', null],
      ['2021-09-01', TeamRole.SITE_STAFF, 'c', null],
      ['2022-02-01', TeamRole.COMMUNITY_PARTNER, 'a', null],
    ]);
  });
});

describe('vacancy status', () => {
  const vacancy: Vacancy = {
    role: TeamRole.SITE_STAFF,
    openedOn: '2021-01-31',
    dueOn: '2021-02-28',
    endedMembershipId: 'm1',
    filledOn: '2021-03-10',
    filledByMembershipId: 'm2',
  };

  it.each([
    ['the day before it opened', '2021-01-30', null, undefined],
    ['the day it opened', '2021-01-31', VacancyStatus.DUE, 28],
    ['its due date', '2021-02-28', VacancyStatus.DUE, 0],
    ['the day after its due date', '2021-03-01', VacancyStatus.OVERDUE, -1],
    ['the day it was filled', '2021-03-10', VacancyStatus.FILLED, null],
    ['later on', '2022-01-01', VacancyStatus.FILLED, null],
  ])('on %s it is %s', (_, asOf, status, daysUntilDue) => {
    const state = vacancyStatusOn(vacancy, asOf);
    expect(state?.status ?? null).toBe(status);
    expect(state?.daysUntilDue).toBe(daysUntilDue);
  });

  it('stays due or overdue while it is not filled', () => {
    const open = { ...vacancy, filledOn: null, filledByMembershipId: null };
    expect(vacancyStatusOn(open, '2030-01-01')).toMatchObject({ status: VacancyStatus.OVERDUE });
  });

  it('gives the status of every vacancy opened by a day', () => {
    const memberships = [
      member('m1', TeamRole.SITE_STAFF, '2021-01-21', '2021-03-15'),
      member('m2', TeamRole.FAMILY_MEMBER, '2021-01-21', '2021-06-01'),
    ];
    expect(vacanciesOn(memberships, team, '2021-05-01')).toMatchObject([
      { role: TeamRole.SITE_STAFF, status: VacancyStatus.OVERDUE, daysUntilDue: -16 },
    ]);
  });
});

describe('reminders', () => {
  const open = (openedOn: string, dueOn: string): Vacancy => ({
    role: TeamRole.SITE_STAFF,
    openedOn,
    dueOn,
    endedMembershipId: openedOn,
    filledOn: null,
    filledByMembershipId: null,
  });
  const vacancies = [
    open('2021-02-20', '2021-03-20'),
    open('2021-03-01', '2021-04-01'),
    open('2021-03-03', '2021-04-03'),
    open('2021-03-05', '2021-04-05'),
    { ...open('2021-03-04', '2021-04-04'), filledOn: '2021-03-20', filledByMembershipId: 'x' },
    open('2021-04-02', '2021-05-02'),
  ];

  it('finds the open vacancies due within a number of days, both ends included', () => {
    expect(vacanciesDueWithin(vacancies, '2021-03-27', 7).map((v) => v.dueOn)).toEqual([
      '2021-04-01',
      '2021-04-03',
    ]);
    expect(vacanciesDueWithin(vacancies, '2021-04-01', 0).map((v) => v.dueOn)).toEqual([
      '2021-04-01',
    ]);
  });

  it('finds the overdue vacancies separately', () => {
    expect(overdueVacancies(vacancies, '2021-04-02').map((v) => v.dueOn)).toEqual([
      '2021-03-20',
      '2021-04-01',
    ]);
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses %d days', (days) => {
    expect(() => vacanciesDueWithin(vacancies, '2021-03-27', days)).toThrow(RangeError);
  });
});
