import { Role } from '@cei/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { lightTheme } from '../layout/theme';
import { PersonEdit } from '../rosters/PersonEdit';
import { PersonShow } from '../rosters/PersonShow';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';

/** The server answers an id outside the viewer's scope as it answers a missing one: null. */
function renderOutOfScopePerson(path: string) {
  const { dataProvider } = fakeServer(() => ({ data: { record: null } }));
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={signedInAs(Role.TEAM_LEAD)}
        i18nProvider={i18nProvider}
        lightTheme={lightTheme}
      >
        <ResourceContextProvider value="people">
          <Routes>
            <Route path="/people/:id/show/*" element={<PersonShow />} />
            <Route path="/people/:id" element={<PersonEdit />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe('a record out of scope reached by its URL', () => {
  afterEach(cleanup);

  it('shows the not-found page in place of the person’s page', async () => {
    renderOutOfScopePerson('/people/p-elsewhere/show');
    await screen.findByText('Not Found');
    expect(screen.queryByText('Given name')).toBeNull();
  });

  it('shows the not-found page, not an empty form, in place of the person’s edit form', async () => {
    renderOutOfScopePerson('/people/p-elsewhere');
    await screen.findByText('Not Found');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
