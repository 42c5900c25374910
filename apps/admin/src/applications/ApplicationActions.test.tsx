import { ApplicationStatus, Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import {
  AdminContext,
  type AuthProvider,
  RecordContextProvider,
  TestMemoryRouter,
} from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ApplicationActions } from './ApplicationActions';
import type { ApplicationRecord } from './application.graphql';

const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();

function application(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 'app1',
    version: 4,
    status: ApplicationStatus.DRAFT,
    isLate: false,
    submittedAt: null,
    deadline: nextMonth,
    missingParts: [],
    totalScore: null,
    rank: null,
    cohort: { id: 'c3', name: 'Cohort III' },
    lea: { id: 'lea1', name: 'Jurupa Unified School District' },
    ...overrides,
  };
}

function answer({ operationName }: FakeOperation) {
  const transitioned = {
    __typename: 'Application',
    id: 'app1',
    version: 5,
    status: 'SUBMITTED',
    isLate: false,
    submittedAt: null,
    decidedAt: null,
    team: null,
  };
  return { data: { application: transitioned, operationName } };
}

function renderActions(record: ApplicationRecord, auth: AuthProvider = signedInAs(Role.CEI_STAFF)) {
  const server = fakeServer(answer);
  render(
    <TestMemoryRouter>
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={auth}
        i18nProvider={i18nProvider}
      >
        <RecordContextProvider value={record}>
          <ApplicationActions />
        </RecordContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

const buttons = () => screen.getAllByRole('button').map((button) => button.textContent?.trim());

describe('the steps of an application, as buttons', () => {
  afterEach(cleanup);

  it.each([
    [ApplicationStatus.DRAFT, ['Submit', 'Withdraw']],
    [ApplicationStatus.SUBMITTED, ['Start review', 'Withdraw']],
    [ApplicationStatus.UNDER_REVIEW, ['Select', 'Waitlist', 'Decline', 'Withdraw']],
    [ApplicationStatus.WAITLISTED, ['Select', 'Decline', 'Withdraw']],
  ])('offers CEI staff on a %s application: %j', async (status, expected) => {
    renderActions(application({ status }));
    await screen.findByRole('button', { name: expected[0] });
    expect(buttons().filter((text) => text !== 'Edit' && text !== 'Review')).toEqual(expected);
  });

  it('offers nothing further once decided', async () => {
    renderActions(application({ status: ApplicationStatus.SELECTED }));
    await waitFor(() => expect(screen.queryAllByRole('button')).toEqual([]));
  });

  it('offers a draft’s edit, and a review link while it is reviewed', async () => {
    renderActions(application());
    await screen.findByRole('link', { name: /Edit/ });
    cleanup();
    renderActions(application({ status: ApplicationStatus.UNDER_REVIEW }));
    const review = await screen.findByRole('link', { name: 'Review' });
    expect(review.getAttribute('href')).toBe('/applications/app1/review');
  });

  it('offers no step to a role that takes none', async () => {
    renderActions(
      application({ status: ApplicationStatus.UNDER_REVIEW }),
      signedInAs(Role.TEAM_LEAD),
    );
    await waitFor(() => expect(screen.queryAllByRole('button')).toEqual([]));
  });

  it('lists the missing parts before submitting, and submits nothing until none is missing', async () => {
    const { operations } = renderActions(
      application({ missingParts: ['focusSchoolId', 'hasPdfDocument'] }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog');
    const missing = within(dialog).getByRole('list', { name: 'Missing parts' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Focus school', 'Letter as a PDF']);
    const submit = within(dialog).getByRole('button', { name: 'Submit' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(operations.some((call) => call.operationName === 'SubmitApplication')).toBe(false);
  });

  it('submits a complete letter with the version it read, warning when it is late', async () => {
    const { operations } = renderActions(application({ deadline: '2022-06-16T16:00:00.000Z' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/will be marked late/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() =>
      expect(
        operations.find((call) => call.operationName === 'SubmitApplication')?.variables,
      ).toEqual({
        id: 'app1',
        version: 4,
      }),
    );
  });

  it('selects with the day the team joins, its name and the contact’s role', async () => {
    const { operations } = renderActions(application({ status: ApplicationStatus.UNDER_REVIEW }));
    fireEvent.click(await screen.findByRole('button', { name: 'Select' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Select Jurupa Unified School District',
    });
    fireEvent.change(within(dialog).getByLabelText(/Joins the cohort on/), {
      target: { value: '2025-08-01' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Team name/), {
      target: { value: 'Jurupa USD team' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Select' }));
    await waitFor(() =>
      expect(
        operations.find((call) => call.operationName === 'SelectApplication')?.variables,
      ).toEqual({
        id: 'app1',
        version: 4,
        input: {
          joinedOn: '2025-08-01',
          teamName: 'Jurupa USD team',
          contactRole: 'DISTRICT_ENGAGEMENT_LEAD',
        },
      }),
    );
  });

  it('asks before declining', async () => {
    const { operations } = renderActions(application({ status: ApplicationStatus.UNDER_REVIEW }));
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/decision is final/)).toBeTruthy();
    expect(operations.some((call) => call.operationName === 'DeclineApplication')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(operations.some((call) => call.operationName === 'DeclineApplication')).toBe(true),
    );
  });
});
