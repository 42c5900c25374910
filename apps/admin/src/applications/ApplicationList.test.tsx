import { ApplicationStatus, Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ApplicationList } from './ApplicationList';

const letter = (id: string, name: string, status: ApplicationStatus) => ({
  __typename: 'Application',
  id,
  version: 1,
  status,
  isLate: false,
  submittedAt: status === ApplicationStatus.DRAFT ? null : '2022-06-10T17:30:00Z',
  decidedAt: null,
  cohort: {
    __typename: 'Cohort',
    id: 'c3',
    name: 'Cohort III',
    applicationDueAt: '2022-06-16T16:00:00Z',
  },
  lea: { __typename: 'Organization', id: `lea-${id}`, name },
  memberLeas: [],
  focusSchool: null,
  team: null,
  contactName: null,
  contactPhone: null,
  contactEmail: null,
  superintendentName: null,
  signedOn: null,
  districtDescription: null,
  motivation: null,
  engagementHistory: null,
  difficultConversations: null,
  underservedEngagement: null,
  ruralCircumstances: null,
  missingParts: [],
  totalScore: null,
  rank: null,
  documents: { __typename: 'ApplicationDocumentPage', nodes: [] },
  createdAt: '2022-06-01T00:00:00Z',
  updatedAt: '2022-06-01T00:00:00Z',
});

const LETTERS = [
  letter('a1', 'Sierra Vista Unified School District', ApplicationStatus.SUBMITTED),
  letter('a2', 'Desert Springs Unified School District', ApplicationStatus.SUBMITTED),
  letter('a3', 'Mesa Verde Elementary School District', ApplicationStatus.DRAFT),
];

function respond({ operationName, variables }: FakeOperation) {
  if (operationName === 'ApplicationStatusCounts')
    return {
      data: {
        applicationCounts: [
          { __typename: 'ApplicationCount', status: 'SUBMITTED', count: 2 },
          { __typename: 'ApplicationCount', status: 'DRAFT', count: 1 },
        ],
      },
    };
  const status = (variables.filter as { status?: string } | undefined)?.status;
  const nodes = LETTERS.filter((each) => !status || each.status === status);
  return { data: { page: { nodes, totalCount: nodes.length } } };
}

async function renderBoard(locale: 'en' | 'es') {
  await i18nProvider.changeLocale(locale);
  const server = fakeServer(respond);
  const locations: string[] = [];
  render(
    <TestMemoryRouter
      initialEntries={['/applications']}
      locationCallback={(location) => locations.push(location.pathname)}
    >
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={signedInAs(Role.CEI_STAFF)}
        i18nProvider={i18nProvider}
        store={memoryStore({ locale })}
      >
        <ResourceContextProvider value="applications">
          <ApplicationList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...server, locations };
}

/** Issue 14, point 8: the applications as a board, names opening the application. */
// Renders the whole list with its lazy chunks: slower than 5 s on a loaded machine.
describe('the applications board', { timeout: 30_000 }, () => {
  afterEach(async () => {
    cleanup();
    await i18nProvider.changeLocale('en');
  });

  it('has a tab per status with its count, filtering the list, and each row’s next steps', async () => {
    const { operations, locations } = await renderBoard('en');
    const tabs = await screen.findByRole('tablist', { name: 'Applications by status' });
    await within(tabs).findByRole('tab', { name: 'All (3)' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'All (3)',
      'Draft (1)',
      'Submitted (2)',
      'Under review (0)',
      'Selected (0)',
      'Waitlisted (0)',
      'Declined (0)',
      'Withdrawn (0)',
    ]);
    const row = (await screen.findByText('Sierra Vista Unified School District')).closest('tr');
    if (!row) throw new Error('no row');
    // The name is the row's text, not a link to the organization: the row opens the letter.
    expect(within(row).queryByRole('link', { name: /Sierra Vista/ })).toBeNull();
    expect(within(row).getByRole('button', { name: 'Start review' })).toBeTruthy();
    fireEvent.click(within(row).getByText('Sierra Vista Unified School District'));
    await waitFor(() => expect(locations.at(-1)).toBe('/applications/a1/show'));

    fireEvent.click(within(tabs).getByRole('tab', { name: 'Submitted (2)' }));
    await waitFor(() =>
      expect(
        operations.filter(({ operationName }) => operationName === 'Applications').at(-1)?.variables
          .filter,
      ).toEqual({ status: 'SUBMITTED' }),
    );
  });

  it('names its tabs in Spanish', async () => {
    await renderBoard('es');
    const tabs = await screen.findByRole('tablist', { name: 'Solicitudes por estado' });
    expect(await within(tabs).findByRole('tab', { name: 'Todas (3)' })).toBeTruthy();
  });
});
