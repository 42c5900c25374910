import { render, screen } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { TeamShow } from './TeamShow';

const team = {
  __typename: 'Team',
  id: 't1',
  version: 1,
  name: 'Azusa Unified School District',
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

describe('a team’s page', () => {
  it('shows the team with links to its cohort, lead LEA and county office', async () => {
    const { dataProvider, operations } = fakeServer(() => ({ data: { record: team } }));
    render(
      <TestMemoryRouter initialEntries={['/teams/t1/show']}>
        <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
          <ResourceContextProvider value="teams">
            <Routes>
              <Route path="/teams/:id/show/*" element={<TeamShow />} />
            </Routes>
          </ResourceContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );

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
});
