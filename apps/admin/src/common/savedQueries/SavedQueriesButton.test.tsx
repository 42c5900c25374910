import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, Notification, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../../i18n/i18nProvider';
import { TeamList } from '../../teams/TeamList';
import { type FakeOperation, fakeServer } from '../../testing/fakeServer';
import { signedInAs } from '../../testing/signedInAs';

vi.setConfig({ testTimeout: 20_000 });

const activeTeams = {
  __typename: 'SavedQuery',
  id: 's1',
  version: 1,
  list: 'teams',
  name: 'Active teams',
  value: {
    filter: { status: 'ACTIVE' },
    sort: { field: 'joinedOn', order: 'DESC' },
    perPage: 25,
    displayedFilters: { status: true },
  },
};

const page = (nodes: unknown[]) => ({ data: { page: { nodes, totalCount: nodes.length } } });

function renderTeams(saved: unknown[] = [activeTeams]) {
  const server = fakeServer((operation: FakeOperation) => {
    switch (operation.operationName) {
      case 'SavedQueries':
        return page(saved);
      case 'CreateSavedQuery':
        return { data: { record: { ...activeTeams, id: 's2', name: 'Mine' } } };
      case 'DeleteSavedQuery':
        return { data: { id: operation.variables.id } };
      case 'Teams':
        // A list with no row and no filter shows its empty page, without tools.
        return page([{ __typename: 'Team', id: 't1', name: 'Azusa', status: 'ACTIVE' }]);
      default:
        return 'limit' in operation.variables ? page([]) : { data: {} };
    }
  });
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(Role.CEI_STAFF)}
      i18nProvider={i18nProvider}
      // Each test starts from the list's defaults, not from the last test's state.
      store={memoryStore()}
    >
      <ResourceContextProvider value="teams">
        <TeamList />
      </ResourceContextProvider>
      <Notification />
    </AdminContext>,
  );
  return server;
}

const teamQueries = (operations: FakeOperation[]) =>
  operations.filter((operation) => operation.operationName === 'Teams');

async function openMenu() {
  fireEvent.click(await screen.findByRole('button', { name: 'Saved filters' }, { timeout: 5000 }));
  return screen.findByRole('menu', { name: 'Saved filters' });
}

describe('saved filters of a list', () => {
  afterEach(() => {
    cleanup();
    // Picking one changed the address the list reads its parameters from.
    window.history.replaceState(null, '', '/');
  });

  it('are the signed-in person’s own of this list, asked from the server', async () => {
    const { operations } = renderTeams();
    await openMenu();
    const asked = operations.find((operation) => operation.operationName === 'SavedQueries');
    expect(asked?.variables.filter).toEqual({ list: 'teams' });
  });

  it('bring back their filter and sort when picked', async () => {
    const { operations } = renderTeams();
    const menu = await openMenu();
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Active teams' }));
    await waitFor(() =>
      expect(teamQueries(operations).at(-1)?.variables).toMatchObject({
        filter: { status: 'ACTIVE' },
        orderBy: [{ field: 'JOINED_ON', direction: 'DESC' }],
      }),
    );
    // In use now: the menu says so, and offers to remove it.
    const again = await openMenu();
    expect(within(again).getByRole('menuitem', { name: 'Active teams (current)' })).toBeTruthy();
    fireEvent.click(within(again).getByRole('menuitem', { name: 'Remove “Active teams”' }));
    await screen.findByText('The saved filters “Active teams” were removed.');
    expect(operations.find((operation) => operation.operationName === 'DeleteSavedQuery')).toEqual(
      expect.objectContaining({ variables: { id: 's1' } }),
    );
  });

  it('save the current filter and sort under a name', async () => {
    const { operations } = renderTeams([]);
    const menu = await openMenu();
    expect(within(menu).getByText('No saved filters yet.')).toBeTruthy();
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Save the current filters…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Save the current filters and sort',
    });
    // (happy-dom does not name this input after its label; the browser test does.)
    fireEvent.change(within(dialog).getByRole('textbox'), {
      target: { value: '  Mine ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('The filters were saved as “Mine”.');
    expect(
      operations.find((operation) => operation.operationName === 'CreateSavedQuery')?.variables,
    ).toEqual({
      input: {
        list: 'teams',
        name: 'Mine',
        value: {
          filter: {},
          sort: { field: 'name', order: 'ASC' },
          perPage: 10,
          displayedFilters: {},
        },
      },
    });
  });
});
