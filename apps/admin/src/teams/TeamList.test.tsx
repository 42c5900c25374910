import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { TeamList } from './TeamList';

function renderTeamsAs(role: Role, locale: 'en' | 'es' = 'en') {
  const server = fakeServer(() => ({ data: { page: { nodes: [], totalCount: 0 } } }));
  render(
    <TestMemoryRouter initialEntries={['/teams']}>
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={signedInAs(role)}
        i18nProvider={i18nProvider}
        store={memoryStore({ locale })}
      >
        <ResourceContextProvider value="teams">
          <TeamList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

const teamQueries = (operations: ReturnType<typeof fakeServer>['operations']) =>
  operations.filter(({ operationName }) => operationName === 'Teams');

/** Issue 14, point 5: the liaison's team list is theirs by default, not statewide. */
describe('the team list', () => {
  afterEach(async () => {
    cleanup();
    await i18nProvider.changeLocale('en');
  });

  it.each([Role.COE_LIAISON, Role.CBO_PARTNER, Role.TEAM_LEAD])(
    'opens on "My teams" for %s, a filter they can clear',
    async (role) => {
      const { operations } = renderTeamsAs(role);
      const myTeams = await screen.findByRole('switch', { name: 'My teams' });
      await waitFor(() => expect(teamQueries(operations).length).toBeGreaterThan(0));
      expect(teamQueries(operations)[0]?.variables.filter).toEqual({ inScope: true });
      expect((myTeams as HTMLInputElement).checked).toBe(true);

      fireEvent.click(myTeams);
      await waitFor(() => expect((myTeams as HTMLInputElement).checked).toBe(false));
      await waitFor(() =>
        expect(teamQueries(operations).at(-1)?.variables.filter ?? {}).toEqual({}),
      );
    },
  );

  it('lists every team for CEI staff, with no such filter', async () => {
    const { operations } = renderTeamsAs(Role.CEI_STAFF);
    await waitFor(() => expect(teamQueries(operations).length).toBeGreaterThan(0));
    expect(teamQueries(operations)[0]?.variables.filter ?? {}).toEqual({});
    expect(screen.queryByRole('switch', { name: 'My teams' })).toBeNull();
  });

  it('names the filter in Spanish', async () => {
    await i18nProvider.changeLocale('es');
    renderTeamsAs(Role.COE_LIAISON, 'es');
    expect(await screen.findByRole('switch', { name: 'Mis equipos' })).toBeTruthy();
  });
});
