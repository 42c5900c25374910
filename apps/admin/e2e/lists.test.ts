import { readFileSync } from 'node:fs';
import { todayInPacific } from '@cei/domain';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { launchChromium, missingChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { menuEntry, screenshot, signedInTab, signedInTabAt, type Tab } from './session';

/** A title that a spreadsheet would run as a formula if it were written as it is. */
const FORMULA = '=HYPERLINK("http://evil.example","Click")';

/**
 * The lists' tools in a real browser against a real server: a list exported as CSV by two roles
 * (everything each may see, no more), saved filters kept per account, and memberships ended in
 * bulk; the export and the bulk step driven from the keyboard.
 */
describe.skipIf(!!missingChromium)('the lists’ export, saved filters and bulk actions', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  function signedIn(email: string): Promise<Tab> {
    return signedInTab(browser, tabs, server.url, email);
  }

  function signedInAt(email: string, path: string): Promise<Tab> {
    return signedInTabAt(browser, tabs, server, email, path);
  }

  /** Presses Tab until `target` has the focus: it is reachable from the keyboard. */
  async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
    for (let step = 0; step < most; step++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`not reached with ${most} presses of Tab`);
  }

  /** Waits until dialogs and menus have faded in: axe reads colours half-way through otherwise. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.MuiDialog-container, .MuiPopover-paper')].every(
        (element) => getComputedStyle(element).opacity === '1',
      ),
    );
  }

  /** The rows of the CSV file the export button downloads, pressed with Enter. */
  async function exportWithKeyboard(page: Page) {
    const button = page.getByRole('button', { name: 'Export CSV' });
    await tabTo(page, button);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    return { text, rows, file: download.suggestedFilename() };
  }

  async function count(email: string, query: string): Promise<number> {
    const client = await server.signIn(email, DEMO_PASSWORD);
    const { data, errors } = await client.graphql<Record<string, { totalCount: number }>>(query);
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return Object.values(data)[0]?.totalCount ?? -1;
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    // A member of the Azusa team (the demo team lead's) whose title is a formula.
    const [member] = (await server
      .em()
      .execute(
        "select p.id, p.version from person p join membership m on m.person_id = p.id join team t on t.id = m.team_id where t.name like 'Azusa%' and p.kind = 'PROFESSIONAL' order by p.family_name limit 1",
      )) as { id: string; version: number }[];
    const { errors } = await server.graphql(
      'mutation ($id: ID!, $version: Int!, $input: UpdatePersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id } }',
      { id: member?.id, version: member?.version, input: { title: FORMULA } },
    );
    if (errors) throw new Error(JSON.stringify(errors));
  });

  afterAll(async () => {
    for (const tab of tabs) {
      expect(tab.graphqlErrors, 'GraphQL errors').toEqual([]);
      expect(tab.pageErrors, 'page errors').toEqual([]);
    }
    await browser?.close();
    await server?.close();
  });

  it('opens a record of a list from the keyboard, and leaves rows that open nothing out of the tab order', async () => {
    const { page } = await signedInAt('staff@example.org', '#/teams');
    const firstRow = page.getByRole('main').locator('tbody tr').first();
    const name = (await firstRow.locator('td').first().textContent())?.trim() ?? '';
    await tabTo(page, firstRow);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/teams\/[^/]+\/show$/);
    await page.getByRole('main').getByText(name).first().waitFor();

    // A check-in's follow-ups have no screen of their own: their rows are not tab stops.
    const [checkIn] = (await server
      .em()
      .execute('select check_in_id as id from follow_up limit 1')) as { id: string }[];
    await page.goto(`${server.url}/#/checkIns/${checkIn?.id}/show`);
    const followUp = page.getByRole('main').locator('tbody tr').first();
    await followUp.waitFor();
    await expect(followUp.getAttribute('tabindex')).resolves.toBeNull();
  });

  it('exports everything each role may see of a list, and no more, formulas escaped', async () => {
    const exported: Record<string, string[][]> = {};
    for (const email of ['staff@example.org', 'lead@example.org']) {
      const { page } = await signedInAt(email, '#/people');
      const headerCells = page.getByRole('main').getByRole('columnheader');
      await page.getByRole('main').getByRole('row').nth(1).waitFor();
      const headers = (await headerCells.allTextContents()).map((text) => text.trim());

      const { text, rows, file } = await exportWithKeyboard(page);
      expect(file).toBe(`people-${todayInPacific()}.csv`);
      expect(rows[0]).toEqual(headers);
      expect(rows.length - 1).toBe(await count(email, '{ people(limit: 0) { totalCount } }'));
      // The formula is written as text: a leading quote, the cell quoted.
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
      expect(rows.flat()).not.toContain(FORMULA);
      exported[email] = rows;
      await screenshot(page, `export-people-${email.split('@')[0]}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    const staffRows = exported['staff@example.org'] ?? [];
    const leadRows = exported['lead@example.org'] ?? [];
    // More than a page of the server's (100): the export read every page.
    expect(staffRows.length - 1).toBeGreaterThan(100);
    expect(leadRows.length).toBeGreaterThan(1);
    expect(leadRows.length).toBeLessThan(staffRows.length);
    // The lead's rows are rows the staff also exported: their own team's people.
    const staffLines = new Set(staffRows.slice(1).map((row) => row.join('|')));
    for (const row of leadRows.slice(1)) expect(staffLines).toContain(row.join('|'));
  });

  it('exports a custom list page (vacancies) with its table’s columns and rows', async () => {
    // The demo's two vacancies are on teams outside the liaison's county: as CEI staff.
    const { page } = await signedInAt('staff@example.org', '#/vacancies');
    const table = page.getByRole('table', { name: 'Vacancies' });
    await table.getByRole('row').nth(1).waitFor();
    // The table's columns but its buttons' (Fill this vacancy): the export holds data only.
    const headers = (await table.getByRole('columnheader').allTextContents())
      .map((text) => text.trim())
      .filter((text) => text !== 'Actions');
    const shown = (await table.getByRole('row').count()) - 1;
    const { rows, file } = await exportWithKeyboard(page);
    expect(file).toBe(`vacancies-${todayInPacific()}.csv`);
    expect(rows[0]).toEqual(headers);
    expect(rows.length - 1).toBe(shown);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Days as ISO dates, statuses by their label.
    for (const row of rows.slice(1)) {
      expect(row[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['Due', 'Overdue', 'Filled']).toContain(row[5]);
    }
  });

  it('keeps saved filters per account, on the server', async () => {
    const lead = await signedIn('lead@example.org');
    const { page } = lead;
    await page.goto(`${server.url}/#/memberships`);
    await page.getByRole('combobox', { name: /Active/ }).click();
    await page.getByRole('option', { name: 'Yes', exact: true }).click();
    await page.waitForURL(/active/);

    await page.getByRole('button', { name: 'Saved filters' }).click();
    await page.getByRole('menu', { name: 'Saved filters' }).waitFor();
    await settled(page);
    expect(await seriousAxeViolations(page, '[role="menu"]')).toEqual([]);
    await page.getByRole('menuitem', { name: 'Save the current filters…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the current filters and sort' });
    await dialog.waitFor();
    await settled(page);
    expect(await seriousAxeViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByLabel(/^Name/).fill('Active members');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The filters were saved as “Active members”.').waitFor();

    // On another computer (a fresh browser context), the lead finds it and opens it.
    const elsewhere = await signedInAt('lead@example.org', '#/memberships?filter=%7B%7D');
    await elsewhere.page.getByRole('button', { name: 'Saved filters' }).click();
    await elsewhere.page.getByRole('menuitem', { name: 'Active members' }).click();
    await elsewhere.page.waitForURL(/%22active%22%3Atrue|"active":true/);

    // Nobody else sees it.
    const staff = await signedInAt('staff@example.org', '#/memberships');
    await staff.page.getByRole('button', { name: 'Saved filters' }).click();
    await staff.page.getByRole('menuitem', { name: 'No saved filters yet.' }).waitFor();
  });

  it('ends two memberships at once, chosen and confirmed from the keyboard', async () => {
    const { page } = await signedInAt(
      'lead@example.org',
      `#/memberships?filter=${encodeURIComponent('{"active":true}')}`,
    );
    const boxes = page.getByRole('checkbox', { name: /^Select .+, Azusa/ });
    await boxes.nth(1).waitFor();
    const chosen: string[] = [];
    for (const index of [0, 1]) {
      const box = boxes.nth(index);
      chosen.push(((await box.getAttribute('aria-label')) ?? '').replace(/^Select /, ''));
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    // Rows chosen: labelled checkboxes, the bulk toolbar shown.
    expect(await seriousAxeViolations(page)).toEqual([]);
    const end = page.getByRole('button', { name: 'End memberships' });
    await end.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'End 2 memberships' });
    await dialog.waitFor();
    await settled(page);
    expect(await seriousAxeViolations(page, '[role="dialog"]')).toEqual([]);
    await dialog.getByLabel(/^Ended/).fill(todayInPacific());
    await dialog.getByRole('combobox', { name: /Reason for leaving/ }).press('Enter');
    await page.getByRole('option', { name: 'Left the position', exact: true }).press('Enter');
    await dialog.getByLabel(/^Note/).fill('Ended together from the list');
    await dialog.getByRole('button', { name: 'End memberships' }).press('Enter');
    await page.getByText('2 memberships were ended.').waitFor();
    await screenshot(page, 'bulk-end-memberships');

    const ended = (await server
      .em()
      .execute(
        "select p.given_name || ' ' || p.family_name as name from membership m join person p on p.id = m.person_id where m.end_note = 'Ended together from the list' and m.end_reason = 'LEFT_POSITION' and m.ended_on = ?",
        [todayInPacific()],
      )) as { name: string }[];
    expect(ended.map((row) => `${row.name}, Azusa`).sort()).toEqual(
      chosen.map((name) => name.replace(/, Azusa.*$/, ', Azusa')).sort(),
    );
  });

  // Last: it leaves the lead's account in Spanish.
  it('exports in the interface’s language: Spanish headers and labels, the same ISO dates', async () => {
    const { page } = await signedIn('lead@example.org');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await (await menuEntry(page, 'Equipos')).waitFor();
    await page.goto(`${server.url}/#/memberships`);
    const main = page.getByRole('main');
    await main.getByRole('row').nth(1).waitFor();
    const headers = (await main.getByRole('columnheader').allTextContents())
      .map((text) => text.trim())
      .filter((text) => text !== '');

    const button = page.getByRole('button', { name: 'Exportar CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(download.suggestedFilename()).toBe(`membresias-${todayInPacific()}.csv`);
    expect(rows[0]).toEqual(headers);
    const role = headers.indexOf('Rol');
    const started = headers.indexOf('Fecha de inicio');
    expect(rows.slice(1).map((row) => row[role])).toContain('Familiar');
    for (const row of rows.slice(1)) expect(row[started]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
