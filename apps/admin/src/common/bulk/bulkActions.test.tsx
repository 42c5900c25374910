import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { AdminContext, Notification, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReimbursementList } from '../../funding/ReimbursementList';
import { i18nProvider } from '../../i18n/i18nProvider';
import { MembershipList } from '../../rosters/MembershipList';
import { type FakeOperation, fakeServer } from '../../testing/fakeServer';
import { signedInAs } from '../../testing/signedInAs';

// Whole lists with their filters and dialogs render here: slower than a unit.
vi.setConfig({ testTimeout: 20_000 });

const team = { __typename: 'Team', id: 't1', name: 'Azusa' };
const person = (id: string, givenName: string) => ({
  __typename: 'Person',
  id,
  givenName,
  familyName: 'Example',
});
const membership = (id: string, version: number, givenName: string, endedOn: string | null) => ({
  __typename: 'Membership',
  id,
  version,
  role: 'SITE_STAFF',
  startedOn: '2021-01-21',
  endedOn,
  endReason: null,
  endNote: null,
  team,
  person: person(`p-${id}`, givenName),
  organization: null,
});
const claim = (id: string, version: number, givenName: string, status: string) => ({
  __typename: 'Reimbursement',
  id,
  version,
  status,
  category: 'MILEAGE',
  amount: '84.42',
  submittedAt: '2024-10-01T16:00:00.000Z',
  membership: {
    __typename: 'Membership',
    id: `m-${id}`,
    team,
    person: person(`p-${id}`, givenName),
  },
  convening: { __typename: 'Convening', id: 'v1', programYear: '2024-25', number: 3, title: null },
});

function renderList(
  resource: string,
  List: ComponentType,
  role: Role,
  respond: (operation: FakeOperation) => Record<string, unknown>,
) {
  const server = fakeServer(respond);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider}
    >
      <ResourceContextProvider value={resource}>
        <List />
      </ResourceContextProvider>
      <Notification />
    </AdminContext>,
  );
  return server;
}

const page = (nodes: unknown[]) => ({ data: { page: { nodes, totalCount: nodes.length } } });
/** Any other list (the filters' pickers) is empty; any other query has nothing. */
const nothing = (operation: FakeOperation) =>
  'limit' in operation.variables ? page([]) : { data: {} };

describe('ending memberships in bulk', () => {
  afterEach(cleanup);

  const memberships = [
    membership('m1', 1, 'Ana', null),
    membership('m2', 3, 'Ben', null),
    membership('m3', 2, 'Cy', '2023-06-30'),
  ];

  async function endSelected(respond: (operation: FakeOperation) => Record<string, unknown>) {
    const server = renderList('memberships', MembershipList, Role.TEAM_LEAD, (operation) =>
      operation.operationName === 'Memberships' ? page(memberships) : respond(operation),
    );
    fireEvent.click(
      await screen.findByRole('checkbox', { name: 'Select Ana Example, Azusa' }, { timeout: 5000 }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ben Example, Azusa' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End memberships' }));
    const dialog = await screen.findByRole('dialog', { name: 'End 2 memberships' });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Reason for leaving/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Left the position' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'End memberships' }));
    return server;
  }

  it('labels each row’s checkbox with its member, and lets only running memberships be chosen', async () => {
    renderList('memberships', MembershipList, Role.TEAM_LEAD, (operation) =>
      operation.operationName === 'Memberships' ? page(memberships) : nothing(operation),
    );
    const ana = await screen.findByRole(
      'checkbox',
      { name: 'Select Ana Example, Azusa' },
      { timeout: 5000 },
    );
    expect((ana as HTMLInputElement).disabled).toBe(false);
    const ended = screen.getByRole('checkbox', { name: 'Select Cy Example, Azusa' });
    expect((ended as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Select all' })).toBeTruthy();
  });

  it('ends the selected memberships in one request, with the versions shown', async () => {
    const { operations } = await endSelected((operation) =>
      operation.operationName === 'EndMemberships'
        ? { data: { memberships: [] } }
        : nothing(operation),
    );
    await screen.findByText('2 memberships were ended.');
    const call = operations.find((operation) => operation.operationName === 'EndMemberships');
    expect(call?.variables).toEqual({
      input: {
        memberships: [
          { id: 'm1', version: 1 },
          { id: 'm2', version: 3 },
        ],
        endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        endReason: 'LEFT_POSITION',
        endNote: null,
      },
    });
  });

  it('names the member whose membership the server refused, and ends none', async () => {
    await endSelected((operation) =>
      operation.operationName === 'EndMemberships'
        ? {
            errors: [
              {
                message: 'input.memberships.1.endedOn: must be after startedOn (2025-01-01)',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: 'input.memberships.1.endedOn',
                      message: 'must be after startedOn (2025-01-01)',
                    },
                  ],
                },
              },
            ],
          }
        : nothing(operation),
    );
    await screen.findByText('Row 2 (Ben Example, Azusa): must be after startedOn (2025-01-01)');
    // The dialog stays open to correct the date.
    expect(screen.getByRole('dialog', { name: 'End 2 memberships' })).toBeTruthy();
  });

  it('offers no selection to a role that may not end memberships', async () => {
    renderList('memberships', MembershipList, Role.COE_LIAISON, (operation) =>
      operation.operationName === 'Memberships' ? page(memberships) : nothing(operation),
    );
    await screen.findByText('Ana Example', {}, { timeout: 5000 });
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });
});

describe('approving claims in bulk', () => {
  afterEach(cleanup);

  it('approves the selected submitted claims after a confirmation, in one request', async () => {
    const claims = [
      claim('c1', 2, 'Ana', 'SUBMITTED'),
      claim('c2', 1, 'Ben', 'APPROVED'),
      claim('c3', 5, 'Cy', 'SUBMITTED'),
    ];
    const { operations } = renderList(
      'reimbursements',
      ReimbursementList,
      Role.CEI_STAFF,
      (operation) =>
        operation.operationName === 'Reimbursements'
          ? page(claims)
          : operation.operationName === 'ApproveReimbursements'
            ? { data: { approveReimbursements: [] } }
            : nothing(operation),
    );
    const approved = await screen.findByRole(
      'checkbox',
      { name: 'Select Ben Example, 2024-25 #3' },
      { timeout: 5000 },
    );
    expect((approved as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ana Example, 2024-25 #3' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Cy Example, 2024-25 #3' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Approve selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Approve 2 claims?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Approve selected' }));

    await screen.findByText('2 claims were approved.');
    expect(
      operations.find((operation) => operation.operationName === 'ApproveReimbursements')
        ?.variables,
    ).toEqual({
      input: {
        reimbursements: [
          { id: 'c1', version: 2 },
          { id: 'c3', version: 5 },
        ],
      },
    });
  });
});

describe('the bulk step’s wait', () => {
  it('sends nothing until confirmed', async () => {
    const { operations } = renderList(
      'reimbursements',
      ReimbursementList,
      Role.CEI_STAFF,
      (operation) =>
        operation.operationName === 'Reimbursements'
          ? page([claim('c1', 2, 'Ana', 'SUBMITTED')])
          : nothing(operation),
    );
    fireEvent.click(
      await screen.findByRole(
        'checkbox',
        { name: 'Select Ana Example, 2024-25 #3' },
        { timeout: 5000 },
      ),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Approve selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Approve 1 claim?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(operations.map((operation) => operation.operationName)).not.toContain(
      'ApproveReimbursements',
    );
    cleanup();
  });
});
