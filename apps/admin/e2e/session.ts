import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, type TestServer } from './server';

const screenshots = new URL('../test-results/', import.meta.url);

/** A browser tab of its own (own cookies), and what went wrong in it. */
export interface Tab {
  page: Page;
  /** GraphQL errors the app received: any is a failure, whatever the screen shows. */
  graphqlErrors: unknown[];
  /** Uncaught errors in the page, errors it logged, and Content Security Policy violations. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh browser context, so each user's session and react-admin's stored state are theirs. */
export async function openTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The server's Content Security Policy must let every screen work: a violation is an error.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const graphqlErrors: unknown[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // React reports errors its boundaries catch on the console, not as page errors.
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text().split('\n')[0] ?? '');
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = (await response.json().catch(() => null)) as { errors?: unknown[] } | null;
    if (body?.errors) graphqlErrors.push(...body.errors);
  });
  return { page, graphqlErrors, pageErrors, close: () => context.close() };
}

/**
 * Signs in on the login page and waits for the home screen. A page already on the login page
 * signs in there: opening it again would load the whole app a second time.
 */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  if (!page.url().startsWith(`${baseUrl}/#/login`)) await page.goto(baseUrl);
  await page.waitForURL(/#\/login/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome/ }).waitFor();
}

/**
 * A new tab signed in as `email` (a demo account unless a password is given), kept in `tabs` so
 * that the test file's `closeTabs` closes it.
 */
export async function signedInTab(
  browser: Browser,
  tabs: Tab[],
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Tab> {
  const tab = await openTab(browser);
  tabs.push(tab);
  await signIn(tab.page, baseUrl, email, password);
  return tab;
}

/**
 * A new tab signed in as `email` and showing `path` (e.g. `#/teams`), kept in `tabs`: signed in
 * over HTTP by the server's test harness (the sign-in screen's own mutation), its session cookie
 * then set in the tab, so the test starts on its screen without the browser drawing the sign-in
 * screen and the landing dashboard first (a third of what a tab cost). Tests of signing in and of
 * the landing page use `signedInTab`.
 */
export async function signedInTabAt(
  browser: Browser,
  tabs: Tab[],
  server: TestServer,
  email: string,
  path: string,
  password = DEMO_PASSWORD,
): Promise<Tab> {
  const { cookie = '' } = (await server.signIn(email, password)).credentials;
  const at = cookie.indexOf('=');
  if (at < 1) throw new Error(`${email} got no session cookie`);
  const tab = await openTab(browser);
  tabs.push(tab);
  await tab.page
    .context()
    .addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.url }]);
  await tab.page.goto(`${server.url}/${path}`);
  return tab;
}

/** The tab received no GraphQL error and logged none, whatever its screen shows. */
export function expectNoErrors(tab: Tab): void {
  expect(tab.graphqlErrors).toEqual([]);
  expect(tab.pageErrors).toEqual([]);
}

/**
 * The side menu with every group opened (layout/Menu.tsx keeps only the shown page's group open
 * until the user chooses).
 */
async function openedMenu(page: Page) {
  const menu = page.locator('.RaMenu-open');
  await menu.getByRole('menuitem').first().waitFor();
  const closed = menu.locator('[role="menuitem"][aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  return menu;
}

/** The entries of the side menu, in order (not the groups' headings). */
export async function menuEntries(page: Page): Promise<string[]> {
  const menu = await openedMenu(page);
  return (await menu.locator('[role="menuitem"]:not([aria-expanded])').allTextContents()).map(
    (text) => text.trim(),
  );
}

/** One entry of the side menu, its group opened first if need be. */
export async function menuEntry(
  page: Page,
  name: string,
  options: { exact?: boolean } = {},
): Promise<Locator> {
  const menu = page.locator('.RaMenu-open');
  await menu.getByRole('menuitem').first().waitFor();
  const entry = menu.getByRole('menuitem', { name, ...options });
  if ((await entry.count()) === 0) await openedMenu(page);
  return entry;
}

/**
 * Saves what the page shows to apps/admin/test-results/<name>.png, for a person to look at. Not
 * under CI, where nobody does and a full-page picture costs the browser real work; a failed
 * test's picture is saved there too (`closeTabs`).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.CI === 'true') return;
  await savePicture(page, name);
}

/** Saves what a failed test's page showed, to see why (`failed-<test>.png`), under CI too. */
export async function saveFailurePicture(page: Page, testName: string): Promise<void> {
  await savePicture(page, `failed-${testName.replace(/\W+/g, '-').slice(0, 40)}`);
}

async function savePicture(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({
    path: fileURLToPath(new URL(`${name}.png`, screenshots)),
    fullPage: true,
  });
}

/**
 * Closes a test's tabs. When the test failed, first saves what each showed
 * (`failed-<test>.png`); `check` runs on each tab before it closes.
 */
export async function closeTabs(
  tabs: Tab[],
  task: { name: string; result?: { state?: string } },
  check?: (tab: Tab) => void,
): Promise<void> {
  const failed = task.result?.state === 'fail';
  for (const tab of tabs.splice(0)) {
    if (failed) await saveFailurePicture(tab.page, task.name);
    check?.(tab);
    await tab.close();
  }
}
