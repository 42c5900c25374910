import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { expectNoErrors, menuEntry, openTab, screenshot, signIn, type Tab } from './session';

const LEAD = 'lead@example.org';

/** The languages each GraphQL request of the page asked its answer in. */
function acceptedLanguages(page: Page): string[] {
  const languages: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql'))
      languages.push(request.headers()['accept-language'] ?? '');
  });
  return languages;
}

/** Signs in on a sign-in page in Spanish. */
async function signInInSpanish(page: Page, email: string) {
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
}

describe.skipIf(!!missingChromium)('the interface language in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    for (const tab of tabs.splice(0)) {
      if (task.result?.state === 'fail') {
        await screenshot(tab.page, `failed-language-${tabs.length}`).catch(() => undefined);
      }
      expectNoErrors(tab);
      await tab.close();
    }
  });

  it('switches to Spanish and stays in Spanish after a reload, signing out and in, and in another browser', async () => {
    const tab = await openTab(browser);
    tabs.push(tab);
    const { page } = tab;
    const languages = acceptedLanguages(page);
    await signIn(page, server.url, LEAD, DEMO_PASSWORD);
    await (await menuEntry(page, 'Teams')).waitFor();
    expect(languages.at(-1)).toBe('en');

    // The app bar's language menu, by keyboard: its button is labelled with the current language.
    const button = page.getByRole('button', { name: 'Language: English' });
    await button.focus();
    await page.keyboard.press('Enter');
    const remembered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('ChangeLanguage'),
    );
    await page.getByRole('menuitem', { name: 'Español' }).click();
    expect((await (await remembered).json()).data.changeLanguage.language).toBe('es');
    await (await menuEntry(page, 'Equipos')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await screenshot(page, 'language-es-lead');

    await page.reload();
    await page.getByRole('button', { name: 'Idioma: Español' }).waitFor();
    await (await menuEntry(page, 'Equipos')).waitFor();
    expect(languages.at(-1)).toBe('es');

    // Signing out keeps this browser's choice for the sign-in page; signing in keeps Spanish.
    // The user menu's button is named after the person it shows.
    await page.getByRole('button', { name: 'Demo Team Lead (Azusa)' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await page.waitForURL(/#\/login/);
    await signInInSpanish(page, LEAD);
    await (await menuEntry(page, 'Equipos')).waitFor();
    await (await menuEntry(page, 'Equipos')).click();
    await page.getByRole('columnheader', { name: 'LEA principal' }).waitFor();
    await screenshot(page, 'language-es-teams');
    await page.getByRole('cell', { name: 'Azusa Unified School District' }).first().click();
    await page.getByRole('tab', { name: 'Integrantes' }).click();
    await page.getByRole('region', { name: 'Composición' }).waitFor();
    await screenshot(page, 'language-es-roster');
    await (await menuEntry(page, 'Panel')).click();

    // Another browser knows nothing of the choice: its sign-in page follows the browser (English)
    // and offers Spanish; once signed in, the account's language applies.
    const other = await openTab(browser);
    tabs.push(other);
    await other.page.goto(server.url);
    await other.page.waitForURL(/#\/login/);
    await other.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await other.page.getByRole('button', { name: 'Language: English' }).click();
    await other.page.getByRole('menuitem', { name: 'Español' }).click();
    await other.page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    await other.page.getByRole('button', { name: 'Idioma: Español' }).click();
    await other.page.getByRole('menuitem', { name: 'English' }).click();
    await other.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await other.page.getByLabel('Email').fill(LEAD);
    await other.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await (await menuEntry(other.page, 'Equipos')).waitFor();
    await other.page.getByRole('button', { name: 'Idioma: Español' }).waitFor();

    // Back to English, remembered on the account as well.
    await other.page.getByRole('button', { name: 'Idioma: Español' }).click();
    await other.page.getByRole('menuitem', { name: 'English' }).click();
    await (await menuEntry(other.page, 'Teams')).waitFor();
    await page.reload();
    // The user menu's button is named after the person it shows.
    await page.getByRole('button', { name: 'Demo Team Lead (Azusa)' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await signInInSpanish(page, LEAD);
    await (await menuEntry(page, 'Teams')).waitFor();
  });
});
