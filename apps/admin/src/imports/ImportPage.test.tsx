import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ImportPage } from './ImportPage';

const base = {
  __typename: 'DataImport',
  id: 'import-1',
  kind: 'PEOPLE_AND_MEMBERSHIPS',
  mode: null,
  fileName: 'people.csv',
  totalRows: 3,
  validRows: 2,
  invalidRows: 1,
  importedRows: 0,
  skippedRows: 0,
  processedRows: 0,
  rowsToImport: 0,
  progress: 0,
  failure: null,
  created: [],
  errors: {
    __typename: 'ImportRowErrors',
    totalCount: 1,
    nodes: [
      {
        __typename: 'ImportRowError',
        row: 3,
        column: 'email',
        message: 'must be an email address',
      },
    ],
  },
};
const previewed = { ...base, status: 'PREVIEWED' };
const completed = {
  ...base,
  status: 'COMPLETED',
  mode: 'VALID_ONLY',
  importedRows: 2,
  skippedRows: 1,
  processedRows: 2,
  rowsToImport: 2,
  progress: 1,
  created: [
    { __typename: 'ImportCreatedCount', entity: 'Person', count: 2 },
    { __typename: 'ImportCreatedCount', entity: 'Membership', count: 2 },
  ],
};

/** The page as a team lead sees it, on `dataProvider`. */
function renderAsLead(dataProvider: DataProvider) {
  render(
    <AdminContext
      dataProvider={dataProvider}
      authProvider={signedInAs('TEAM_LEAD')}
      i18nProvider={i18nProvider}
    >
      <ImportPage />
    </AdminContext>,
  );
}

/**
 * Chooses people and memberships and a file, and waits for the preview's problems; returns the
 * kinds the page offered.
 */
async function previewPeopleFile(): Promise<(string | null)[]> {
  const kind = await screen.findByRole('combobox', { name: 'What the file holds' });
  fireEvent.mouseDown(kind);
  const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
  fireEvent.click(screen.getByRole('option', { name: 'People and their team memberships' }));
  const file = new File(['given_name,family_name\nAna,Reyes\n'], 'people.csv', {
    type: 'text/csv',
  });
  const input = screen.getByLabelText('CSV file');
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
  await screen.findByRole('table', { name: /Problems found/ });
  return options;
}

describe('the Import page', () => {
  afterEach(cleanup);

  it('offers a team lead their kinds, lists the problems by row and column, and imports only the valid rows', {
    timeout: 20_000,
  }, async () => {
    const { dataProvider, operations } = fakeServer(({ operationName }) => ({
      data:
        operationName === 'PreviewImport'
          ? { previewImport: previewed }
          : operationName === 'CommitImport'
            ? { commitImport: completed }
            : { dataImport: { ...completed, status: 'IMPORTING', progress: 0.5 } },
    }));
    renderAsLead(dataProvider);

    expect(await previewPeopleFile()).toEqual([
      'People and their team memberships',
      'Measurements',
    ]);
    const table = screen.getByRole('table', { name: /Problems found/ });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['RowColumnProblem', '3emailmust be an email address']);
    expect(operations.find((call) => call.operationName === 'PreviewImport')?.variables).toEqual({
      input: {
        kind: 'PEOPLE_AND_MEMBERSHIPS',
        fileName: 'people.csv',
        content: 'given_name,family_name\nAna,Reyes\n',
      },
      errorLimit: 25,
    });
    expect(
      (screen.getByRole('button', { name: 'Import all 3 rows' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Import only the 2 valid rows' }));
    await screen.findByText('Imported 2 rows; 1 skipped.');
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('100');
    expect(
      screen.getAllByRole('link', { name: 'View' }).map((link) => link.getAttribute('href')),
    ).toEqual(['#/people', '#/memberships']);
    await waitFor(() =>
      expect(operations.find((call) => call.operationName === 'CommitImport')?.variables).toEqual({
        id: 'import-1',
        input: { mode: 'VALID_ONLY' },
        errorLimit: 25,
      }),
    );
  });

  it('asks for the file again when its preview expired before the import', async () => {
    const expiredMessage =
      'The file was deleted 24 hours after it was last checked, as it may hold protected data; upload it again.';
    const { dataProvider } = fakeServer(({ operationName }) =>
      operationName === 'PreviewImport'
        ? { data: { previewImport: previewed } }
        : operationName === 'CommitImport'
          ? { errors: [{ message: expiredMessage, extensions: { code: 'CONFLICT' } }] }
          : { data: { dataImport: { ...previewed, status: 'EXPIRED' } } },
    );
    renderAsLead(dataProvider);
    await previewPeopleFile();
    fireEvent.click(screen.getByRole('button', { name: 'Import only the 2 valid rows' }));

    expect((await screen.findByRole('alert')).textContent).toBe(expiredMessage);
    await waitFor(() => expect(screen.queryByRole('table', { name: /Problems found/ })).toBeNull());
    expect(screen.getByLabelText('CSV file')).toBeTruthy();
  });
});
