import { Role } from '@cei/domain';
import { cleanup, render, screen } from '@testing-library/react';
import {
  AdminContext,
  type AuthProvider,
  ResourceContextProvider,
  TestMemoryRouter,
} from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { TeamShow } from './TeamShow';

const team = {
  __typename: 'Team',
  id: 't1',
  version: 1,
  name: 'Azusa Unified School District',
  inScope: true,
  status: 'ACTIVE',
  joinedOn: '2019-08-29',
  commitmentEndsOn: '2022-06-30',
  isConsortium: false,
  problemOfPractice: null,
  cohort: { __typename: 'Cohort', id: 'c1', name: 'Cohort I' },
  leadLea: {
    __typename: 'Organization',
    id: 'o1',
    name: 'Azusa Unified School District',
    countyOffice: {
      __typename: 'Organization',
      id: 'o0',
      name: 'Los Angeles County Office of Education',
    },
  },
  memberLeas: [],
  focusSchool: null,
  application: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const emptyPage = { data: { page: { nodes: [], totalCount: 0 } } };

/** The team's page as `authProvider`'s viewer sees it, the server answering `record`. */
function renderTeam(record: typeof team, authProvider?: AuthProvider) {
  const server = fakeServer(({ operationName }) =>
    operationName === 'Team' ? { data: { record } } : emptyPage,
  );
  render(
    <TestMemoryRouter initialEntries={['/teams/t1/show']}>
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
      >
        <ResourceContextProvider value="teams">
          <Routes>
            <Route path="/teams/:id/show/*" element={<TeamShow />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

describe('a team’s page', () => {
  afterEach(cleanup);

  it('shows the team with links to its cohort, lead LEA and county office', async () => {
    const { operations } = renderTeam(team);

    const cohort = await screen.findByRole('link', { name: 'Cohort I' });
    expect(cohort.getAttribute('href')).toBe('/cohorts/c1/show');
    const lead = screen.getByRole('link', { name: 'Azusa Unified School District' });
    // Links are router links: in the app's hash router they read #/organizations/o1/show.
    expect(lead.getAttribute('href')).toBe('/organizations/o1/show');
    expect(
      screen.getByRole('link', { name: 'Los Angeles County Office of Education' }),
    ).toBeTruthy();
    expect(operations[0]).toMatchObject({ operationName: 'Team', variables: { id: 't1' } });
  });

  it('shows a team outside the viewer’s scope with its public facts and a notice, no tabs', async () => {
    const { operations } = renderTeam({ ...team, inScope: false }, signedInAs(Role.COE_LIAISON));

    await screen.findByText('Outside your scope');
    expect(screen.getByRole('link', { name: 'Cohort I' })).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByText('Roster')).toBeNull();
    // Nothing of the roster, funding or outcomes is asked for.
    expect(operations.map((operation) => operation.operationName)).toEqual(['Team']);
  });

  it('shows a liaison the tabs of a team they cover, without funding tabs they cannot read', async () => {
    renderTeam(team, signedInAs(Role.COE_LIAISON));

    await screen.findByRole('tab', { name: 'Roster' });
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    // Attendance as rates (TeamAttendanceRates): a liaison reads no member's marks.
    expect(tabs).toEqual([
      'Summary',
      'Roster',
      'Attendance',
      'Problem of practice',
      'Stipends',
      'Outcomes',
    ]);
    expect(screen.queryByText('Outside your scope')).toBeNull();
  });
});
