import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { AccountCreate } from './AccountCreate';
import { scopeForRole } from './AccountInputs';

describe('the scope an account’s role takes', () => {
  it.each([
    {
      role: Role.COE_LIAISON,
      expected: { organizationIds: ['coe-33', 'coe-36'], teamIds: [] },
    },
    { role: Role.CBO_PARTNER, expected: { organizationIds: ['cbo-1'], teamIds: [] } },
    { role: Role.TEAM_LEAD, expected: { organizationIds: [], teamIds: ['t-azusa'] } },
    { role: Role.CEI_STAFF, expected: { organizationIds: [], teamIds: [] } },
    { role: Role.API_PARTNER, expected: { organizationIds: [], teamIds: [] } },
  ])('sends a $role only the bindings of its own picker', ({ role, expected }) => {
    // The form still holds what the pickers of other roles had before the role changed.
    const form = {
      role,
      organizationIds: ['coe-33', 'coe-36'],
      organizationId: 'cbo-1',
      teamIds: ['t-azusa'],
    };
    expect(scopeForRole(form)).toEqual({ role, ...expected });
  });
});

const countyOffices = {
  data: {
    page: {
      nodes: [
        {
          __typename: 'Organization',
          id: 'coe-33',
          name: 'Riverside County Office of Education',
        },
      ],
      totalCount: 1,
    },
  },
};

describe('creating an account', () => {
  afterEach(cleanup);
  // react-admin applies an autocomplete's typed filter on timers (the input's 250 ms debounce, the
  // reference's 500 ms one, then a 0 ms tick) that unmounting does not all cancel: let them fire
  // while the test DOM still exists, or the last throws "window is not defined" at teardown.
  afterAll(() => new Promise((resolve) => setTimeout(resolve, 1000)));

  it('offers the scope picker of the chosen role, and shows the server’s objection to the scope', {
    timeout: 30000,
  }, async () => {
    const { dataProvider, operations } = fakeServer(({ operationName }) =>
      operationName === 'CreateAccount'
        ? {
            errors: [
              {
                message:
                  'Invalid input: input.scope a COE liaison is bound to one or more county offices.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: 'input.scope',
                      message: 'a COE liaison is bound to one or more county offices',
                    },
                  ],
                },
              },
            ],
          }
        : countyOffices,
    );
    render(
      <AdminContext
        dataProvider={dataProvider}
        authProvider={signedInAs(Role.CEI_ADMIN)}
        i18nProvider={i18nProvider}
      >
        <ResourceContextProvider value="accounts">
          <AccountCreate />
        </ResourceContextProvider>
      </AdminContext>,
    );

    // No role chosen yet: no scope picker.
    await screen.findByLabelText(/Initial password/);
    expect(screen.queryByLabelText(/County offices/)).toBeNull();

    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Role/ }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByText('County office liaison'));
    await screen.findByLabelText(/County offices/);
    expect(screen.queryByLabelText(/Teams/)).toBeNull();

    fireEvent.change(screen.getByLabelText(/Email/), {
      target: { value: 'new.liaison@example.org' },
    });
    fireEvent.change(screen.getByLabelText(/Initial password/), {
      target: { value: 'a-long-enough-password' },
    });
    // The county office picker is required: saving without it is refused here first.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getAllByText('Required').length).toBeGreaterThan(0));
    expect(operations.some((operation) => operation.operationName === 'CreateAccount')).toBe(false);

    fireEvent.change(screen.getByRole('combobox', { name: /County offices/ }), {
      target: { value: 'River' },
    });
    fireEvent.click(await screen.findByText('Riverside County Office of Education'));
    await waitFor(() => expect(screen.queryByText('Required')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('a COE liaison is bound to one or more county offices');
    const creation = operations.find((operation) => operation.operationName === 'CreateAccount');
    expect(creation?.variables).toEqual({
      input: {
        email: 'new.liaison@example.org',
        role: Role.COE_LIAISON,
        password: 'a-long-enough-password',
        organizationIds: ['coe-33'],
        teamIds: [],
      },
    });
  });
});
