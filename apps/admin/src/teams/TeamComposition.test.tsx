import { TeamRole, TeamRoleRequirement, VacancyStatus } from '@cei/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { badgeOrder, coverageState } from './compositionBadges';
import { TeamComposition } from './TeamComposition';
import type { RoleCoverage, VacancyRecord } from './team.graphql';

const coverage = (
  role: TeamRole,
  requirement: TeamRoleRequirement,
  activeCount: number,
): RoleCoverage => {
  const isRequired = requirement !== TeamRoleRequirement.OPTIONAL;
  return { role, requirement, isRequired, activeCount, isMissing: isRequired && activeCount === 0 };
};

const ROLES = [
  coverage(TeamRole.DISTRICT_CABINET_LEADER, TeamRoleRequirement.REQUIRED, 1),
  coverage(TeamRole.DISTRICT_ENGAGEMENT_LEAD, TeamRoleRequirement.OPTIONAL, 0),
  coverage(TeamRole.SITE_STAFF, TeamRoleRequirement.REQUIRED, 2),
  coverage(TeamRole.FAMILY_MEMBER, TeamRoleRequirement.REQUIRED, 0),
];

const person = (givenName: string) => ({ id: givenName, givenName, familyName: 'Example' });

const VACANCIES: VacancyRecord[] = [
  {
    id: 'v1',
    role: TeamRole.FAMILY_MEMBER,
    openedOn: '2025-03-01',
    dueOn: '2025-04-01',
    status: VacancyStatus.DUE,
    daysUntilDue: 12,
    filledOn: null,
    team: { id: 't1', name: 'Val Verde' },
    endedMembership: {
      id: 'm1',
      endedOn: '2025-03-01',
      endReason: 'RESIGNED',
      person: person('Ana'),
    },
    filledByMembership: null,
  },
  {
    id: 'v2',
    role: TeamRole.SITE_STAFF,
    openedOn: '2025-01-10',
    dueOn: '2025-02-10',
    status: VacancyStatus.FILLED,
    daysUntilDue: null,
    filledOn: '2025-02-03',
    team: { id: 't1', name: 'Val Verde' },
    endedMembership: {
      id: 'm2',
      endedOn: '2025-01-10',
      endReason: 'RESIGNED',
      person: person('Ben'),
    },
    filledByMembership: { id: 'm3', startedOn: '2025-02-03', person: person('Cy') },
  },
];

function renderComposition() {
  const server = fakeServer(() => ({
    data: {
      team: {
        __typename: 'Team',
        id: 't1',
        composition: {
          asOf: '2025-03-20',
          isComplete: false,
          missingRoles: [TeamRole.FAMILY_MEMBER],
          roles: ROLES,
        },
        vacancies: VACANCIES,
      },
    },
  }));
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={server.dataProvider} i18nProvider={i18nProvider}>
        <RecordContextProvider value={{ id: 't1' }}>
          <TeamComposition />
        </RecordContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

describe('a team’s composition badges', () => {
  afterEach(cleanup);

  it('say in words whether each role is filled, missing or open', () => {
    expect(ROLES.map(coverageState)).toEqual(['filled', 'open', 'filled', 'missing']);
  });

  it('put what is missing first, then what is filled, then open optional roles', () => {
    expect(badgeOrder(ROLES).map((role) => role.role)).toEqual([
      TeamRole.FAMILY_MEMBER,
      TeamRole.DISTRICT_CABINET_LEADER,
      TeamRole.SITE_STAFF,
      TeamRole.DISTRICT_ENGAGEMENT_LEAD,
    ]);
  });

  it('show the server’s composition with text on every badge, not only a colour', async () => {
    const { operations } = renderComposition();
    const list = await screen.findByRole('list', { name: 'Roles' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((badge) => badge.textContent),
    ).toEqual([
      'Family member: missing (Required)',
      'District cabinet leader: filled (1)',
      'Site staff: filled (2)',
      'District engagement lead: nobody (Optional)',
    ]);
    expect(screen.getByText('One required role is missing.')).toBeTruthy();
    expect(operations[0]).toMatchObject({
      operationName: 'TeamHealth',
      variables: { teamId: 't1' },
    });
  });

  it('list the vacancies with their due dates and status, open ones first', async () => {
    renderComposition();
    const table = await screen.findByRole('table', { name: 'Vacancies' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-vacancy-status'))).toEqual(['DUE', 'FILLED']);
    expect(within(rows[0] as HTMLElement).getByText('Due in 12 days')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Apr 1, 2025')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Filled Feb 3, 2025')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Cy Example')).toBeTruthy();
  });
});
