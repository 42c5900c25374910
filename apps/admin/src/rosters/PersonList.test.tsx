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

/** The list's own queries (not the one-row counts of hidden people). */
function peopleQueries(operations: ReturnType<typeof fakeServer>['operations']) {
  return operations.filter(
    (operation) => operation.operationName === 'People' && operation.variables.limit !== 1,
  );
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

  it('opens a liaison’s list on professionals and counts the students and family members in one sentence', async () => {
    const server = fakeServer(({ variables }) => {
      const kind = (variables.filter as { kind?: string } | undefined)?.kind;
      const totalCount = kind === 'STUDENT' ? 2 : kind === 'FAMILY_MEMBER' ? 4 : 1;
      return { data: { page: { nodes: kind === 'PROFESSIONAL' ? [] : [student], totalCount } } };
    });
    render(
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={signedInAs(Role.COE_LIAISON)}
        i18nProvider={i18nProvider}
      >
        <ResourceContextProvider value="people">
          <PersonList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    await screen.findByText(
      '6 students and family members are on your teams; their names are not shown to you.',
    );
    const lists = peopleQueries(server.operations).filter(({ variables }) => variables.limit !== 1);
    expect(lists[0]?.variables.filter).toEqual({ kind: 'PROFESSIONAL' });
  });

  it('gives CEI staff every person, with no such sentence', async () => {
    const { operations } = renderPeopleAs(Role.CEI_STAFF);
    await screen.findByText('Student');
    expect(peopleQueries(operations)[0]?.variables.filter ?? {}).toEqual({});
    expect(screen.queryByText(/are on your teams/)).toBeNull();
  });
});
