import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ApiTokenPanel } from './ApiTokenPanel';

const SECRET = 'cei_0123456789abcdef0123456789abcdef0123456789abcdef';
const nextYear = new Date(Date.now() + 200 * 86_400_000).toISOString();

const dashboardToken = {
  __typename: 'ApiToken',
  id: 'tok-1',
  version: 1,
  name: 'Research dashboard',
  expiresAt: nextYear,
  lastUsedAt: null,
  revokedAt: null,
  requestLimit: null,
  costLimit: 2500,
  createdAt: '2025-01-01T00:00:00.000Z',
};

function answer({ operationName }: FakeOperation) {
  switch (operationName) {
    case 'IssueApiToken':
      return {
        data: {
          issueApiToken: {
            __typename: 'IssuedApiToken',
            token: SECRET,
            apiToken: {
              __typename: 'ApiToken',
              id: 'tok-2',
              name: 'Nightly export',
              expiresAt: nextYear,
            },
          },
        },
      };
    case 'RateLimitSettings':
      return {
        data: {
          rateLimitSettings: {
            __typename: 'RateLimitSettings',
            windowSeconds: 60,
            tokenRequestLimit: 300,
            tokenCostLimit: 100000,
          },
        },
      };
    case 'UpdateApiTokenLimits':
      return {
        data: {
          updateApiToken: {
            __typename: 'ApiToken',
            id: 'tok-1',
            version: 2,
            requestLimit: 50,
            costLimit: null,
          },
        },
      };
    case 'RevokeApiToken':
      return {
        data: { revokeApiToken: { __typename: 'ApiToken', id: 'tok-1', revokedAt: nextYear } },
      };
    default:
      return { data: { page: { nodes: [dashboardToken], totalCount: 1 } } };
  }
}

function renderPanel() {
  const server = fakeServer(answer);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(Role.CEI_ADMIN)}
      i18nProvider={i18nProvider}
    >
      <ResourceContextProvider value="accounts">
        <RecordContextProvider value={{ id: 'acc-api', role: Role.API_PARTNER }}>
          <ApiTokenPanel accountId="acc-api" />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return server;
}

describe('an API partner’s tokens', () => {
  afterEach(cleanup);

  it('lists the tokens with their expiry, last use and revocation', async () => {
    const { operations } = renderPanel();
    await screen.findByText('Research dashboard');
    expect(operations[0]).toMatchObject({
      operationName: 'ApiTokens',
      variables: { filter: { accountId: 'acc-api' } },
    });
    for (const header of ['Expires', 'Last used', 'Revoked']) {
      expect(screen.getByText(header)).toBeTruthy();
    }
  });

  it('issues a token and shows its secret once, with a warning, until the admin is done', async () => {
    const { operations } = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Issue a token' }));
    const form = await screen.findByRole('dialog');
    fireEvent.change(within(form).getByLabelText(/Name/), { target: { value: 'Nightly export' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Issue' }));

    const issued = await screen.findByRole('dialog', { name: 'API token issued' });
    expect(within(issued).getByDisplayValue(SECRET)).toBeTruthy();
    expect(within(issued).getByText(/will not be shown again/)).toBeTruthy();
    expect(within(issued).getByRole('button', { name: 'Copy' })).toBeTruthy();
    const issue = operations.find((operation) => operation.operationName === 'IssueApiToken');
    expect(issue?.variables).toMatchObject({
      input: { accountId: 'acc-api', name: 'Nightly export' },
    });
    // The default expiry: the end of a Pacific day about three months ahead.
    const input = issue?.variables.input as { expiresAt: string } | undefined;
    const expiresAt = new Date(String(input?.expiresAt));
    const days = (expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThan(92);

    fireEvent.click(within(issued).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByDisplayValue(SECRET)).toBeNull());
    expect(screen.queryByText(SECRET)).toBeNull();
  });

  it('revokes a token once the admin confirms', async () => {
    const { operations } = renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/stop working at once/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(
        operations.find((operation) => operation.operationName === 'RevokeApiToken'),
      ).toMatchObject({ variables: { id: 'tok-1' } }),
    );
  });

  it('shows each token’s limits, its own or the defaults, and lets the admin set them', async () => {
    const { operations } = renderPanel();
    expect(await screen.findByText('default (300) requests per 60 s')).toBeTruthy();
    expect(screen.getByText('2,500 query cost per 60 s')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Limits' }));
    const dialog = await screen.findByRole('dialog', { name: /Limits of the token/ });
    expect(within(dialog).getByText('Leave empty for the default (300)')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Requests per window'), {
      target: { value: '50' },
    });
    fireEvent.change(within(dialog).getByLabelText('Query cost per window'), {
      target: { value: '' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        operations.find((operation) => operation.operationName === 'UpdateApiTokenLimits'),
      ).toMatchObject({
        variables: { id: 'tok-1', version: 1, input: { requestLimit: 50, costLimit: null } },
      }),
    );
  });

  it('reads the limits in Spanish', async () => {
    await i18nProvider.changeLocale('es');
    try {
      renderPanel();
      expect(await screen.findByText('predeterminado (300) solicitudes cada 60 s')).toBeTruthy();
      expect(screen.getByText('2,500 de costo de consultas cada 60 s')).toBeTruthy();
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});
