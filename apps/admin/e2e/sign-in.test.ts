import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BundleReport } from '../build/bundleReport';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { closeTabs, openTab, type Tab } from './session';

if (missingChromium && mustFailWithoutChromium) {
  it('runs the sign-in tests in Chromium (CI=true)', () => {
    throw new Error(missingChromium);
  });
}

/**
 * The first page is the sign-in screen alone (src/main.tsx): it works from the files the build
 * counts as the first page (`dist/bundle-report.json`, held to 300 KB gzip), and hands over to
 * the app, at the address the visitor opened, once they sign in.
 */
describe.skipIf(!!missingChromium)('the first page in Chromium', () => {
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

  afterEach(async ({ task }) => closeTabs(tabs, task));

  async function newTab(): Promise<Tab> {
    const tab = await openTab(browser);
    tabs.push(tab);
    return tab;
  }

  it('works from the first page’s scripts alone, in English and Spanish', async () => {
    const report = JSON.parse(
      readFileSync(new URL('../dist/bundle-report.json', import.meta.url), 'utf8'),
    ) as BundleReport;
    const firstPage = new Set(report.firstPage.files.map((file) => `/${file}`));
    const refused: string[] = [];
    const { page } = await newTab();
    await page.route(/\.js$/, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (firstPage.has(path)) return route.continue();
      refused.push(path);
      return route.abort();
    });

    await page.goto(server.url);
    await page.waitForURL(/#\/login/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await page.getByLabel('Correo electrónico').fill('partner@example.org');
    await page.getByLabel('Contraseña').fill('not-the-password');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    // The server's own message, in the page's language.
    await page
      .getByRole('alert')
      .getByText(/^El correo electrónico o la contraseña no son correctos/)
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    // The page fetched the app meanwhile (refused here): it needed none of it.
    expect(refused.some((path) => /\/assets\/App-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('leads a visitor who opened a link there once they sign in, and keeps them signed in', async () => {
    const { page, graphqlErrors, pageErrors } = await newTab();
    await page.goto(`${server.url}/#/teams`);
    await page.waitForURL(/#\/login/);
    await page.getByLabel('Email').fill('lead@example.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/#\/teams$/);
    await page.getByRole('cell', { name: 'Azusa Unified School District' }).first().waitFor();

    // Signed in, the first page is the app itself: no sign-in screen on the way.
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    await page.reload();
    await page.getByRole('cell', { name: 'Azusa Unified School District' }).first().waitFor();
    expect(addresses.filter((address) => address.includes('#/login'))).toEqual([]);
    expect(graphqlErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lists the demo sign-ins of the trial install, in both languages, and one choice signs in', async () => {
    const { page, graphqlErrors, pageErrors } = await newTab();
    await page.goto(server.url);
    await page.waitForURL(/#\/login/);
    const demo = page.getByRole('region', { name: 'Demo sign-ins of this trial install' });
    await demo
      .getByText(`Every demo account’s password is ${DEMO_PASSWORD}.`, { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    const demoEs = page.getByRole('region', {
      name: 'Cuentas de demostración de esta instalación de prueba',
    });
    await demoEs.getByRole('button', { name: 'Personal de CEI: staff@example.org' }).click();
    await expect(page.getByLabel('Correo electrónico').inputValue()).resolves.toBe(
      'staff@example.org',
    );
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /^Le damos la bienvenida/ })
      .waitFor();
    expect(graphqlErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
