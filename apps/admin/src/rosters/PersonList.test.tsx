import { Role } from '@cei/domain';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { PersonList } from './PersonList';

const student = {
  __typename: 'Person',
  id: 'p1',
  version: 1,
  kind: 'STUDENT',
  givenName: null,
  familyName: null,
  title: null,
  email: null,
  phone: null,
  preferredLanguage: null,
  employer: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

function renderPeopleAs(role: Role) {
  const server = fakeServer(() => ({ data: { page: { nodes: [student], totalCount: 1 } } }));
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider}
    >
      <ResourceContextProvider value="people">
        <PersonList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return server;
}

function peopleQueries(operations: ReturnType<typeof fakeServer>['operations']) {
  return operations.filter((operation) => operation.operationName === 'People');
}

describe('the people list', () => {
  afterEach(cleanup);

  it('asks a liaison’s people by kind, without a search or a sort by name the server refuses', async () => {
    const { operations } = renderPeopleAs(Role.COE_LIAISON);

    await screen.findByText('Name not shown');
    expect(peopleQueries(operations)[0]?.variables).toMatchObject({
      orderBy: [{ field: 'KIND', direction: 'ASC' }],
    });
    expect(screen.queryByPlaceholderText('Search')).toBeNull();
    expect(screen.queryByText('Phone')).toBeNull();
    expect(screen.queryByText('Language')).toBeNull();
  });

  it('lets CEI staff search people and sort them by family name, with phones and languages', async () => {
    const { operations } = renderPeopleAs(Role.CEI_STAFF);

    await screen.findByText('Name not shown');
    expect(peopleQueries(operations)[0]?.variables).toMatchObject({
      orderBy: [{ field: 'FAMILY_NAME', direction: 'ASC' }],
    });
    expect(screen.getByPlaceholderText('Search')).toBeTruthy();
    expect(screen.getByText('Phone')).toBeTruthy();
    expect(screen.getByText('Language')).toBeTruthy();
  });

  it('never sends a liaison’s list a filter on a protected field', async () => {
    const { operations } = renderPeopleAs(Role.CBO_PARTNER);
    await waitFor(() => expect(peopleQueries(operations).length).toBeGreaterThan(0));
    for (const query of peopleQueries(operations)) {
      const filter = (query.variables.filter ?? {}) as Record<string, unknown>;
      expect(Object.keys(filter)).not.toContain('q');
      expect(Object.keys(filter)).not.toContain('email');
      expect(Object.keys(filter)).not.toContain('preferredLanguage');
    }
  });
});
