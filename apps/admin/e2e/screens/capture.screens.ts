import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from '../server';
import { openTab, signIn } from '../session';

const folder = new URL('../../../../docs/screens/', import.meta.url);

type Language = 'en' | 'es';

/** One role's screens: the first (its dashboard) and its main task's, by address. */
const ROLES: {
  role: string;
  email: string;
  screens: { name: string; path: (page: Page) => Promise<string>; ready: string }[];
}[] = [
  {
    role: 'staff',
    email: 'staff@example.org',
    screens: [
      { name: 'applications', path: async () => '/applications', ready: '.RaList-main tbody tr' },
    ],
  },
  {
    role: 'liaison',
    email: 'liaison@example.org',
    screens: [
      { name: 'teams', path: async () => '/teams', ready: '.RaList-main tbody tr' },
      {
        name: 'team-attendance',
        path: (page) => teamPath(page, 'Val Verde', 'attendance'),
        ready: 'main table tbody tr',
      },
    ],
  },
  {
    role: 'lead',
    email: 'lead@example.org',
    screens: [
      {
        name: 'roster',
        path: (page) => teamPath(page, 'Azusa', 'roster'),
        ready: 'main table tbody tr',
      },
    ],
  },
  { role: 'partner', email: 'partner@example.org', screens: [] },
  { role: 'api', email: 'api@example.org', screens: [] },
  { role: 'admin', email: 'admin@example.org', screens: [] },
];

let server: TestServer;

/** The address of a team's tab, the team found by the start of its name. */
async function teamPath(_page: Page, name: string, tab: string): Promise<string> {
  const { data } = await server.graphql<{ teams: { nodes: { id: string }[] } }>(
    'query ($q: String!) { teams(filter: { q: $q }, limit: 1) { nodes { id } } }',
    { q: name },
  );
  const id = data?.teams.nodes[0]?.id;
  if (!id) throw new Error(`No demo team named ${name}.`);
  return `/teams/${encodeURIComponent(id)}/show/${tab}`;
}

/** Waits until the API is quiet and no progress bar is left, then photographs the viewport. */
async function photograph(page: Page, file: string) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.MuiLinearProgress-root, .MuiCircularProgress-root')
    .first()
    .waitFor({ state: 'detached' });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: fileURLToPath(new URL(`${file}.png`, folder)) });
}

async function chooseLanguage(page: Page, language: Language) {
  const current = language === 'es' ? 'Language: English' : 'Idioma: Español';
  const menu = page.getByRole('button', { name: current });
  if ((await menu.count()) === 0) return;
  await menu.click();
  await page.getByRole('menuitem', { name: language === 'es' ? 'Español' : 'English' }).click();
}

describe('the screens of docs/screens/', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('photographs the sign-in page of the trial install in both languages', async () => {
    const { page, close } = await openTab(browser);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByText('Demo sign-ins of this trial install').waitFor();
    await photograph(page, 'sign-in-en');
    await chooseLanguage(page, 'es');
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    await photograph(page, 'sign-in-es');
    await close();
  });

  it.each(ROLES)(
    'photographs the screens of $role in both languages',
    async ({ role, email, screens }) => {
      const { page, close } = await openTab(browser);
      await signIn(page, server.url, email, DEMO_PASSWORD);
      for (const language of ['en', 'es'] as const) {
        await chooseLanguage(page, language);
        await page.goto(`${server.url}/#/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await photograph(page, `${role}-dashboard-${language}`);
        for (const screen of screens) {
          await page.goto(`${server.url}/#${await screen.path(page)}`);
          // Each screen is its own chunk: wait for its rows, not only for the layout.
          await page.locator(screen.ready).first().waitFor();
          await photograph(page, `${role}-${screen.name}-${language}`);
        }
      }
      await close();
    },
  );
});
