import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { openTab, screenshot, signIn, type Tab } from './session';

if (missingChromium) {
  if (mustFailWithoutChromium) {
    it('runs the browser tests in Chromium (CI=true)', () => {
      throw new Error(missingChromium);
    });
  } else {
    console.warn(`Skipping the browser tests. ${missingChromium}`);
  }
}

describe.skipIf(!!missingChromium)('the global search box', () => {
  let server: TestServer;
  let browser: Browser;
  let tab: Tab;
  /** A student on a Riverside team: the liaison covers the team but may not read the name. */
  let student: { givenName: string; familyName: string };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    const { data } = await server.graphql<{
      memberships: { nodes: { person: { givenName: string; familyName: string } }[] };
    }>(
      `{ memberships(filter: { role: STUDENT }, limit: 100) {
          nodes { person { givenName familyName } team { leadLea { countyOffice { name } } } } } }`,
    );
    const nodes = data?.memberships.nodes as unknown as {
      person: { givenName: string; familyName: string };
      team: { leadLea: { countyOffice: { name: string } } };
    }[];
    const riverside = nodes.find((node) =>
      node.team.leadLea.countyOffice.name.startsWith('Riverside'),
    );
    if (!riverside) throw new Error('The demo data has no student on a Riverside team.');
    student = riverside.person;
    tab = await openTab(browser);
    await signIn(tab.page, server.url, 'liaison@example.org', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(tab.page, 'failed-search');
  });

  const box = () =>
    tab.page.getByRole('combobox', { name: 'Search people, organizations and teams' });

  it('is focused by "/", lists results and opens the chosen one with the keyboard', async () => {
    await box().waitFor();
    await tab.page.keyboard.press('/');
    await expect.poll(() => box().evaluate((input) => input === document.activeElement)).toBe(true);
    await tab.page.keyboard.type('riverside unified');
    const listbox = tab.page.getByRole('listbox');
    await listbox
      .getByRole('option', { name: /^Riverside Unified School District\s*Organization/ })
      .waitFor();
    await screenshot(tab.page, 'search-results');
    expect(await seriousAxeViolations(tab.page)).toEqual([]);

    // The first result is highlighted: one arrow down moves to the second, Enter opens it.
    const second = (await listbox.getByRole('option').nth(1).textContent()) ?? '';
    await tab.page.keyboard.press('ArrowDown');
    await tab.page.keyboard.press('Enter');
    const resource = second.includes('Organization') ? 'organizations' : 'teams';
    await tab.page.waitForURL(new RegExp(`#/${resource}/[^/]+/show$`));
    await tab.page.getByText('Riverside Unified School District').first().waitFor();
  });

  it('finds nothing by the name of a student the viewer may not read', async () => {
    await box().fill(`${student.givenName} ${student.familyName}`);
    await tab.page
      .getByRole('status')
      .filter({ hasText: /^Nothing found for/ })
      .waitFor();
    expect(await tab.page.getByRole('option').count()).toBe(0);
    expect(tab.graphqlErrors).toEqual([]);
  });
});
