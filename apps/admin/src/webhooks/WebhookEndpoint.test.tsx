import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { WebhookEndpointCreate } from './WebhookEndpointCreate';
import { WebhookEndpointShow } from './WebhookEndpointShow';

const SECRET = 'whsec_0123456789abcdef0123456789abcdef0123456';

const endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'wh-1',
  version: 3,
  url: 'https://partner.example.org/hooks',
  description: 'Warehouse',
  eventTypes: ['TEAM', 'ATTENDANCE_SUMMARY'],
  disabledAt: '2026-12-01T10:00:00.000Z',
  disabledAfterFailures: true,
  consecutiveFailures: 20,
  owner: { __typename: 'Account', id: 'acc-api', email: 'api@example.org', displayName: 'API' },
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const delivery = (id: string, status: string, code: number | null, error: string | null) => ({
  __typename: 'WebhookDelivery',
  id,
  version: 1,
  eventId: `ev-${id}`,
  eventType: 'TEAM',
  action: 'UPDATED',
  recordId: 't1',
  occurredAt: '2026-12-01T09:00:00.000Z',
  status,
  attempts: status === 'PENDING' ? 1 : 8,
  lastAttemptAt: '2026-12-01T09:30:00.000Z',
  lastStatusCode: code,
  lastDurationMs: 1234,
  lastError: error,
  deliveredAt: null,
});

function answer({ operationName }: FakeOperation) {
  switch (operationName) {
    case 'WebhookEndpoint':
      return { data: { record: endpoint } };
    case 'WebhookDeliveries':
      return {
        data: {
          page: {
            nodes: [
              delivery('d1', 'FAILED', 503, 'the receiver answered with HTTP status 503'),
              delivery('d2', 'PENDING', null, 'the receiver did not answer within 10 seconds'),
            ],
            totalCount: 2,
          },
        },
      };
    case 'RedeliverWebhook':
      return {
        data: {
          redeliverWebhook: {
            __typename: 'WebhookDelivery',
            id: 'd1',
            status: 'PENDING',
            attempts: 0,
          },
        },
      };
    case 'RenewWebhookSecret':
      return {
        data: {
          renewWebhookSecret: {
            __typename: 'WebhookEndpointWithSecret',
            secret: SECRET,
            webhookEndpoint: { __typename: 'WebhookEndpoint', id: 'wh-1', url: endpoint.url },
          },
        },
      };
    case 'CreateWebhookEndpoint':
      return {
        data: {
          createWebhookEndpoint: {
            __typename: 'WebhookEndpointWithSecret',
            secret: SECRET,
            webhookEndpoint: {
              __typename: 'WebhookEndpoint',
              id: 'wh-2',
              url: 'https://x.example.org/h',
            },
          },
        },
      };
    default:
      return {
        data: {
          page: {
            nodes: [
              {
                __typename: 'Account',
                id: 'acc-api',
                version: 1,
                email: 'api@example.org',
                displayName: 'API',
                role: 'API_PARTNER',
                language: null,
                disabledAt: null,
                lastSignInAt: null,
                person: null,
                scopeBindings: { __typename: 'ScopeBindingPage', nodes: [] },
                createdAt: '2026-01-01T00:00:00.000Z',
                updatedAt: '2026-01-01T00:00:00.000Z',
              },
            ],
            totalCount: 1,
          },
        },
      };
  }
}

function renderAt(path: string, route: string, element: ReactNode, role: Role) {
  const server = fakeServer(answer);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={signedInAs(role)}
        i18nProvider={i18nProvider}
      >
        <ResourceContextProvider value="webhookEndpoints">
          <Routes>
            <Route path={route} element={element} />
            <Route path="/webhookEndpoints/:id/show/*" element={<p>shown</p>} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

describe('a webhook endpoint’s page', () => {
  afterEach(cleanup);

  it('shows why it is disabled and its delivery log with status codes, timing and problems', async () => {
    renderAt(
      '/webhookEndpoints/wh-1/show',
      '/webhookEndpoints/:id/show/*',
      <WebhookEndpointShow />,
      Role.API_PARTNER,
    );
    expect(await screen.findByText('Disabled after 20 failures in a row')).toBeTruthy();
    // Its event types, and each delivery's.
    expect(await screen.findAllByText('Team changes')).toHaveLength(3);
    expect(screen.getByText('Attendance summary changes')).toBeTruthy();
    const log = await screen.findByRole('region', { name: 'Delivery log' });
    expect(await within(log).findByText('the receiver answered with HTTP status 503')).toBeTruthy();
    expect(within(log).getByText('503')).toBeTruthy();
    expect(within(log).getAllByText('1,234')).toHaveLength(2);
    expect(within(log).getByText('Failed')).toBeTruthy();
    // A pending delivery is on its way: no redeliver button for it.
    expect(within(log).getAllByRole('button', { name: 'Redeliver' })).toHaveLength(1);
  });

  it('redelivers a delivery', async () => {
    const { operations } = renderAt(
      '/webhookEndpoints/wh-1/show',
      '/webhookEndpoints/:id/show/*',
      <WebhookEndpointShow />,
      Role.CEI_ADMIN,
    );
    const log = await screen.findByRole('region', { name: 'Delivery log' });
    fireEvent.click(await within(log).findByRole('button', { name: 'Redeliver' }));
    await waitFor(() =>
      expect(
        operations.find((operation) => operation.operationName === 'RedeliverWebhook'),
      ).toMatchObject({ variables: { id: 'd1' } }),
    );
  });

  it('gives the endpoint a new secret once confirmed, and shows it once', async () => {
    const { operations } = renderAt(
      '/webhookEndpoints/wh-1/show',
      '/webhookEndpoints/:id/show/*',
      <WebhookEndpointShow />,
      Role.API_PARTNER,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'New secret' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Give this endpoint a new signing secret?',
    });
    expect(operations.some((operation) => operation.operationName === 'RenewWebhookSecret')).toBe(
      false,
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'New secret' }));
    const shown = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect((within(shown).getByLabelText('Secret') as HTMLInputElement).value).toBe(SECRET);
    expect(
      operations.find((operation) => operation.operationName === 'RenewWebhookSecret'),
    ).toMatchObject({ variables: { id: 'wh-1' } });
  });

  it('reads in Spanish', async () => {
    await i18nProvider.changeLocale('es');
    try {
      renderAt(
        '/webhookEndpoints/wh-1/show',
        '/webhookEndpoints/:id/show/*',
        <WebhookEndpointShow />,
        Role.API_PARTNER,
      );
      expect(await screen.findByText('Desactivado tras 20 fallos seguidos')).toBeTruthy();
      const log = await screen.findByRole('region', { name: 'Registro de entregas' });
      expect(await within(log).findAllByRole('button', { name: 'Volver a enviar' })).toHaveLength(
        1,
      );
      expect(screen.getAllByText('Cambios de equipos')).toHaveLength(3);
    } finally {
      await i18nProvider.changeLocale('en');
    }
  });
});

describe('registering a webhook endpoint', () => {
  afterEach(cleanup);

  it('as an API partner: their own, the secret shown once, then the endpoint’s page', async () => {
    const { operations } = renderAt(
      '/webhookEndpoints/create',
      '/webhookEndpoints/create',
      <WebhookEndpointCreate />,
      Role.API_PARTNER,
    );
    expect(await screen.findByLabelText(/URL/)).toBeTruthy();
    expect(screen.queryByLabelText(/API partner/)).toBeNull();
    fireEvent.change(screen.getByLabelText(/URL/), {
      target: { value: 'https://x.example.org/h' },
    });
    fireEvent.click(screen.getByLabelText('Team changes'));
    fireEvent.click(screen.getByLabelText('Convening changes'));
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));

    const shown = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(within(shown).getByDisplayValue(SECRET)).toBeTruthy();
    expect(within(shown).getByText(/will not be shown again/)).toBeTruthy();
    expect(
      operations.find((operation) => operation.operationName === 'CreateWebhookEndpoint')
        ?.variables,
    ).toEqual({
      input: {
        url: 'https://x.example.org/h',
        description: null,
        eventTypes: ['TEAM', 'CONVENING'],
      },
    });
    fireEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('shown')).toBeTruthy();
    expect(screen.queryByDisplayValue(SECRET)).toBeNull();
  });

  it('as a CEI admin: for the API partner account picked, and not without one', async () => {
    const { operations } = renderAt(
      '/webhookEndpoints/create',
      '/webhookEndpoints/create',
      <WebhookEndpointCreate />,
      Role.CEI_ADMIN,
    );
    const owner = await screen.findByLabelText(/API partner/);
    fireEvent.change(screen.getByLabelText(/URL/), {
      target: { value: 'https://x.example.org/h' },
    });
    fireEvent.click(screen.getByLabelText('Team changes'));
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('Required')).toBeTruthy();
    expect(
      operations.some((operation) => operation.operationName === 'CreateWebhookEndpoint'),
    ).toBe(false);

    fireEvent.focus(owner);
    fireEvent.change(owner, { target: { value: 'api' } });
    fireEvent.click(await screen.findByRole('option', { name: 'api@example.org' }));
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(
      operations.find((operation) => operation.operationName === 'CreateWebhookEndpoint')
        ?.variables,
    ).toMatchObject({ input: { ownerId: 'acc-api', eventTypes: ['TEAM'] } });
  });
});
