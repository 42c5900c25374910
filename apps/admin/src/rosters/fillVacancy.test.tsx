import { TeamRole, TeamRoleRequirement, todayInPacific, VacancyStatus } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AdminContext,
  memoryStore,
  RecordContextProvider,
  ResourceContextProvider,
  TestMemoryRouter,
} from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { TeamComposition } from '../teams/TeamComposition';
import type { VacancyRecord } from '../teams/team.graphql';
import type { FakeOperation } from '../testing/fakeServer';
import { fakeServer } from '../testing/fakeServer';
import { MembershipCreate } from './MembershipCreate';

const team = { __typename: 'Team', id: 't1', name: 'Val Verde' };
const person = (id: string, givenName: string, kind: string) => ({
  __typename: 'Person',
  id,
  version: 1,
  kind,
  givenName,
  familyName: 'Example',
  title: null,
  email: null,
  phone: null,
  preferredLanguage: null,
  employer: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});
const openVacancy: VacancyRecord = {
  id: 'v1',
  role: TeamRole.FAMILY_MEMBER,
  openedOn: '2025-03-01',
  dueOn: '2025-04-01',
  status: VacancyStatus.DUE,
  daysUntilDue: 12,
  filledOn: null,
  team,
  endedMembership: {
    id: 'm1',
    endedOn: '2025-03-01',
    endReason: 'RESIGNED',
    person: { id: 'p0', givenName: 'Ana', familyName: 'Example' },
  },
  filledByMembership: null,
};

function respond({ operationName, variables }: FakeOperation) {
  switch (operationName) {
    case 'TeamHealth':
      return {
        data: {
          team: {
            ...team,
            composition: {
              asOf: '2025-03-20',
              isComplete: false,
              missingRoles: [TeamRole.FAMILY_MEMBER],
              roles: [
                {
                  role: TeamRole.FAMILY_MEMBER,
                  requirement: TeamRoleRequirement.REQUIRED,
                  isRequired: true,
                  activeCount: 0,
                  isMissing: true,
                },
              ],
            },
            vacancies: [openVacancy],
          },
        },
      };
    case 'People': {
      const wanted = (variables.filter as { kind?: string } | undefined)?.kind;
      const nodes = [person('p1', 'Rosa', 'FAMILY_MEMBER'), person('p2', 'Luis', 'PROFESSIONAL')];
      const page = nodes.filter((node) => !wanted || node.kind === wanted);
      return { data: { page: { nodes: page, totalCount: page.length } } };
    }
    case 'Teams':
      return { data: { page: { nodes: [team], totalCount: 1 } } };
    case 'CreateMembership':
      return {
        data: {
          record: {
            __typename: 'Membership',
            id: 'm9',
            version: 1,
            role: TeamRole.FAMILY_MEMBER,
            startedOn: todayInPacific(),
            endedOn: null,
            endReason: null,
            endNote: null,
            team,
            person: { __typename: 'Person', id: 'p1', givenName: 'Rosa', familyName: 'Example' },
            organization: null,
            createdAt: '2025-01-01T00:00:00Z',
            updatedAt: '2025-01-01T00:00:00Z',
          },
        },
      };
    default:
      return { data: { page: { nodes: [], totalCount: 0 } } };
  }
}

async function renderRoster(locale: 'en' | 'es') {
  const server = fakeServer(respond);
  const locations: string[] = [];
  await i18nProvider.changeLocale(locale);
  render(
    <TestMemoryRouter
      initialEntries={['/teams/t1/show/roster']}
      locationCallback={(location) => locations.push(location.pathname)}
    >
      <AdminContext
        dataProvider={server.dataProvider}
        i18nProvider={i18nProvider}
        store={memoryStore({ locale })}
      >
        <Routes>
          <Route
            path="/teams/t1/show/roster"
            element={
              <RecordContextProvider value={{ id: 't1' }}>
                <TeamComposition />
              </RecordContextProvider>
            }
          />
          <Route
            path="/memberships/create"
            element={
              <ResourceContextProvider value="memberships">
                <MembershipCreate />
              </ResourceContextProvider>
            }
          />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...server, locations };
}

describe('filling a vacancy', { timeout: 30_000 }, () => {
  afterEach(async () => {
    cleanup();
    await i18nProvider.changeLocale('en');
  });

  it('opens Add a member with the seat and today filled in, offers who can take it, and goes back to the roster', async () => {
    const { operations, locations } = await renderRoster('en');
    const table = await screen.findByRole('table', { name: 'Vacancies' });
    fireEvent.click(
      within(table).getByRole('link', { name: 'Fill this vacancy: Family member, Val Verde' }),
    );

    expect(await screen.findByDisplayValue(todayInPacific())).toBeTruthy();
    expect(screen.getByText('Only people who can fill this role are offered: Family member.'));
    const picker = screen.getByRole('combobox', { name: /Person/ });
    fireEvent.change(picker, { target: { value: 'R' } });
    const option = await screen.findByRole('option', { name: 'Rosa Example (Family member)' });
    expect(screen.queryByRole('option', { name: /Luis/ })).toBeNull();
    const peopleQueries = operations.filter(({ operationName }) => operationName === 'People');
    expect(peopleQueries.at(-1)?.variables.filter).toMatchObject({ kind: 'FAMILY_MEMBER' });
    fireEvent.click(option);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(locations.at(-1)).toBe('/teams/t1/show/roster'));
    expect(
      operations.find(({ operationName }) => operationName === 'CreateMembership')?.variables,
    ).toEqual({
      input: {
        teamId: 't1',
        personId: 'p1',
        role: TeamRole.FAMILY_MEMBER,
        startedOn: todayInPacific(),
      },
    });
  });

  it('is offered in Spanish', async () => {
    await renderRoster('es');
    const table = await screen.findByRole('table', { name: 'Vacantes' });
    fireEvent.click(
      within(table).getByRole('link', { name: 'Cubrir esta vacante: Familiar, Val Verde' }),
    );
    expect(
      await screen.findByText(
        'Solo se ofrecen las personas que pueden ocupar esta función: Familiar.',
      ),
    ).toBeTruthy();
  });
});
