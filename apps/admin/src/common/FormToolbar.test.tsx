import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AdminContext, memoryStore, ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { lightTheme } from '../layout/theme';
import { PersonCreate } from '../rosters/PersonCreate';
import { fakeServer } from '../testing/fakeServer';

async function renderPersonForm(locale: 'en' | 'es') {
  await i18nProvider.changeLocale(locale);
  const server = fakeServer(() => ({ data: { page: { nodes: [], totalCount: 0 } } }));
  const { container } = render(
    <AdminContext
      dataProvider={server.dataProvider}
      i18nProvider={i18nProvider}
      theme={lightTheme}
      store={memoryStore({ locale })}
    >
      <ResourceContextProvider value="people">
        <PersonCreate />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { ...server, container };
}

/** Issue 14, point 7: the app's own validation, every problem at once, Save always enabled. */
describe('a form', () => {
  afterEach(async () => {
    cleanup();
    await i18nProvider.changeLocale('en');
  });

  it('leaves Save enabled, asks the browser not to validate, and lists every problem when pressed', async () => {
    const { container, operations } = await renderPersonForm('en');
    const save = await screen.findByRole('button', { name: 'Save' });
    expect(save.hasAttribute('disabled')).toBe(false);
    expect(container.querySelector('form')?.noValidate).toBe(true);
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'not an email' } });

    fireEvent.click(save);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not saved: 3 fields need attention.')).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Given name: Required', 'Family name: Required', 'Email: Must be a valid email']);
    expect(operations.filter(({ operationName }) => operationName === 'CreatePerson')).toEqual([]);
  });

  it('lists them in Spanish in the Spanish interface', async () => {
    await renderPersonForm('es');
    fireEvent.click(await screen.findByRole('button', { name: 'Guardar' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('No se guardó: 2 campos necesitan atención.')).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Nombre: Obligatorio', 'Apellido: Obligatorio']);
  });
});
