import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { openTab, screenshot, signIn, type Tab } from './session';

/** The organization's name input (labelled "Name *", as required). */
const NAME = /^Name\b/;

if (missingChromium) {
  if (mustFailWithoutChromium) {
    it('runs the browser tests in Chromium (CI=true)', () => {
      throw new Error(missingChromium);
    });
  } else {
    console.warn(`Skipping the browser tests. ${missingChromium}`);
  }
}

interface Organization {
  id: string;
  version: number;
  name: string;
  city: string | null;
}

describe.skipIf(!!missingChromium)('two people editing the same record', () => {
  let server: TestServer;
  let browser: Browser;
  /** admin@example.org saves first; staff@example.org saves second and meets the conflict. */
  let first: Tab;
  let second: Tab;
  let organization: Organization;

  async function current(): Promise<Organization> {
    const { data, errors } = await server.graphql<{ organization: Organization }>(
      'query ($id: ID!) { organization(id: $id) { id version name city } }',
      { id: organization.id },
    );
    expect(errors).toBeUndefined();
    return data?.organization as Organization;
  }

  async function openEditForm(page: Page) {
    await page.goto(`${server.url}/#/organizations/${organization.id}`);
    await page.getByLabel(NAME).waitFor();
    await expect.poll(() => page.getByLabel(NAME).inputValue()).not.toBe('');
  }

  async function save(page: Page) {
    await page.getByRole('button', { name: 'Save' }).click();
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    const { data } = await server.graphql<{ organizations: { nodes: Organization[] } }>(
      '{ organizations(filter: { q: "Azusa Unified" }) { nodes { id version name city } } }',
    );
    organization = data?.organizations.nodes[0] as Organization;
    [first, second] = await Promise.all([openTab(browser), openTab(browser)]);
    await signIn(first.page, server.url, 'admin@example.org', DEMO_PASSWORD);
    await signIn(second.page, server.url, 'staff@example.org', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await screenshot(first.page, 'failed-conflict-first');
      await screenshot(second.page, 'failed-conflict-second');
    }
  });

  it('shows the second saver both versions and, on "Keep theirs", loads theirs into the form', async () => {
    const before = await current();
    await Promise.all([openEditForm(first.page), openEditForm(second.page)]);

    await first.page.getByLabel(NAME).fill('Azusa Unified (first)');
    await save(first.page);
    await first.page.waitForURL(/\/show$/);

    await second.page.getByLabel(NAME).fill('Azusa Unified (second)');
    await save(second.page);
    const dialog = second.page.getByRole('dialog', { name: 'Someone else changed this record' });
    await dialog.waitFor();
    const row = dialog.getByRole('row', { name: /^Name/ });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(['Azusa Unified (second)', 'Azusa Unified (first)']);
    expect(await row.getByRole('rowheader').textContent()).toContain('You both changed this');
    expect(await dialog.getByRole('columnheader').allTextContents()).toEqual([
      'Field',
      'Your version',
      'Their current version',
    ]);
    await screenshot(second.page, 'conflict-dialog');
    expect(await seriousAxeViolations(second.page, '.MuiDialog-root')).toEqual([]);

    await dialog.getByRole('button', { name: 'Keep theirs' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await second.page.getByText('Not saved: the form now shows their version.').waitFor();
    await expect
      .poll(() => second.page.getByLabel(NAME).inputValue())
      .toBe('Azusa Unified (first)');
    expect(second.page.url()).not.toMatch(/\/show$/);
    expect(await current()).toMatchObject({
      name: 'Azusa Unified (first)',
      version: before.version + 1,
    });
    expect(first.graphqlErrors).toEqual([]);
    // The only GraphQL error the second person got is the conflict they were shown.
    expect(second.graphqlErrors).toMatchObject([{ extensions: { code: 'CONFLICT' } }]);
    second.graphqlErrors.length = 0;
  });

  it('on "Apply mine" saves the second person’s change over the first’s, losing neither', async () => {
    const before = await current();
    await Promise.all([openEditForm(first.page), openEditForm(second.page)]);

    await first.page.getByLabel('City', { exact: true }).fill('Azusa (first)');
    await save(first.page);
    await first.page.waitForURL(/\/show$/);

    await second.page.getByLabel(NAME).fill('Azusa Unified (second)');
    await save(second.page);
    const dialog = second.page.getByRole('dialog', { name: 'Someone else changed this record' });
    await dialog.waitFor();
    const rows = dialog.locator('tbody tr');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-field'))))
      .toEqual(['name', 'city']);
    expect(
      await dialog.getByRole('row', { name: /^Name/ }).getByRole('cell').allTextContents(),
    ).toEqual(['Azusa Unified (second)', 'Azusa Unified (first)']);
    const city = dialog.getByRole('row', { name: /^City/ });
    expect(await city.getByRole('rowheader').textContent()).toContain('They changed this');
    expect(await city.getByRole('cell').allTextContents()).toEqual([
      before.city ?? '(empty)',
      'Azusa (first)',
    ]);
    await screenshot(second.page, 'conflict-dialog-apply-mine');

    await dialog.getByRole('button', { name: 'Apply mine' }).click();
    await second.page.waitForURL(/\/show$/);
    expect(await current()).toMatchObject({
      name: 'Azusa Unified (second)',
      city: 'Azusa (first)',
      version: before.version + 2,
    });
    expect(second.graphqlErrors).toMatchObject([{ extensions: { code: 'CONFLICT' } }]);
    expect([...first.pageErrors, ...second.pageErrors]).toEqual([]);
  });
});
