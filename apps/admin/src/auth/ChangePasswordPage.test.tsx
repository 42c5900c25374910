import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { ChangePasswordPage } from './ChangePasswordPage';

function renderPage(changePassword: (input: unknown) => Promise<void>) {
  const { dataProvider } = fakeServer(() => ({ data: {} }));
  render(
    <AdminContext
      dataProvider={dataProvider}
      authProvider={{ ...signedInAs(Role.TEAM_LEAD), changePassword }}
      i18nProvider={i18nProvider}
    >
      <ChangePasswordPage />
    </AdminContext>,
  );
}

function fill(current: string, next: string, again: string) {
  fireEvent.change(screen.getByLabelText(/Current password/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^New password \*?$/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/New password again/), { target: { value: again } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('changing one’s password', () => {
  afterEach(cleanup);

  it('refuses a repetition that does not match, without asking the server', async () => {
    const changePassword = vi.fn(async () => undefined);
    renderPage(changePassword);
    await screen.findByLabelText(/Current password/);
    fill('the-old-password', 'a-new-password-1', 'a-new-password-2');
    await screen.findByText('Does not match the new password');
    expect(changePassword).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of the current password under it', async () => {
    const changePassword = vi.fn(async () => {
      throw new HttpError('Invalid input.', 400, {
        errors: { currentPassword: 'is not your current password' },
      });
    });
    renderPage(changePassword);
    await screen.findByLabelText(/Current password/);
    fill('a-wrong-password', 'a-new-password-1', 'a-new-password-1');
    await screen.findByText('is not your current password');
    await waitFor(() =>
      expect(changePassword).toHaveBeenCalledWith({
        currentPassword: 'a-wrong-password',
        newPassword: 'a-new-password-1',
      }),
    );
  });
});
