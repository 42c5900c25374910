import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { PersonCreate } from './PersonCreate';

const duplicateEmail = {
  errors: [
    {
      message: 'Invalid input: input.email is already used by another record.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.email', message: 'is already used by another record' }],
      },
    },
  ],
};
const noChoices = { data: { page: { nodes: [], totalCount: 0 } } };

describe('creating a person', () => {
  it('shows the server’s field problems under the inputs they concern', async () => {
    const { dataProvider, operations } = fakeServer(({ operationName }) =>
      operationName === 'CreatePerson' ? duplicateEmail : noChoices,
    );
    render(
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="people">
          <PersonCreate />
        </ResourceContextProvider>
      </AdminContext>,
    );

    fireEvent.change(await screen.findByLabelText(/Given name/), { target: { value: 'Ana' } });
    fireEvent.change(screen.getByLabelText(/Family name/), { target: { value: 'Reyes' } });
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'ana@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('is already used by another record');
    const creations = operations.filter(({ operationName }) => operationName === 'CreatePerson');
    await waitFor(() => expect(creations).toHaveLength(1));
    expect(creations[0]?.variables).toEqual({
      input: {
        kind: 'PROFESSIONAL',
        givenName: 'Ana',
        familyName: 'Reyes',
        email: 'ana@example.org',
      },
    });
  });
});
