import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { Route, Routes, useParams } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { GlobalSearch } from './GlobalSearch';

const HITS = [
  {
    __typename: 'SearchHit',
    kind: 'TEAM',
    id: 't1',
    title: 'Azusa Unified',
    subtitle: 'Cohort II',
  },
  {
    __typename: 'SearchHit',
    kind: 'ORGANIZATION',
    id: 'o1',
    title: 'Azusa Unified School District',
    subtitle: null,
  },
  { __typename: 'SearchHit', kind: 'PERSON', id: 'p1', title: 'Ana Azusa', subtitle: 'Teacher' },
];

function Shown({ resource }: { resource: string }) {
  return <p>{`${resource} ${useParams().id} shown`}</p>;
}

function renderSearch(role: Role = Role.CEI_STAFF) {
  const server = fakeServer(() => ({ data: { search: HITS } }));
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider}
    >
      <GlobalSearch />
      <input aria-label="Another field" />
      <Routes>
        <Route path="/teams/:id/show" element={<Shown resource="teams" />} />
        <Route path="/people/:id/show" element={<Shown resource="people" />} />
        <Route path="*" element={null} />
      </Routes>
    </AdminContext>,
  );
  const searches = () =>
    server.operations.filter((operation) => operation.operationName === 'GlobalSearch');
  return { searches, input: screen.getByRole('combobox', { name: /Search people/ }) };
}

describe('the global search box', () => {
  afterEach(cleanup);

  it('asks once typing pauses, lists the hits and opens the chosen one with the keyboard', async () => {
    const { input, searches } = renderSearch();
    input.focus();
    for (const text of ['a', 'az', 'azu', 'azus']) {
      fireEvent.change(input, { target: { value: text } });
    }
    const options = await screen.findAllByRole('option');
    expect(searches().map((operation) => operation.variables)).toEqual([
      { text: 'azus', limit: 8 },
    ]);
    expect(options.map((option) => option.textContent)).toEqual([
      'Azusa UnifiedTeam · Cohort II',
      'Azusa Unified School DistrictOrganization',
      'Ana AzusaPerson · Teacher',
    ]);
    expect(screen.getByRole('status').textContent).toBe('3 results');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByText('people p1 shown');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('does not ask for a single letter', async () => {
    const { input, searches } = renderSearch();
    input.focus();
    fireEvent.change(input, { target: { value: 'a' } });
    await screen.findByText('Type at least 2 letters');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searches()).toEqual([]);
  });

  it('offers only hits whose page the role may open', async () => {
    const { input } = renderSearch(Role.API_PARTNER);
    input.focus();
    fireEvent.change(input, { target: { value: 'azusa' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.queryByText('Ana Azusa')).toBeNull();
  });

  it('is focused by "/" outside a field and by Ctrl+K anywhere', () => {
    const { input } = renderSearch();
    const other = screen.getByRole('textbox', { name: 'Another field' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
    fireEvent.keyDown(other, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(input);
    other.focus();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(input);
  });
});
