import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { menuEntry, openTab, screenshot, signIn, type Tab } from './session';

const AZUSA = 'Azusa Unified School District';
/** Valid rows besides Ana's: enough for the bar to have somewhere to go. */
const BULK = 1500;

/** A mixed file: Ana and BULK other new people on Azusa's team, and two rows with problems. */
function mixedFile(): string {
  const lines = [
    'given_name,family_name,email,team,role,started_on',
    `Ana,Importada,ana.importada@example.org,${AZUSA},SITE_STAFF,2024-08-01`,
    `Bad,Email,not-an-email,${AZUSA},SITE_STAFF,2024-08-01`,
    `No,Team,no.team@example.org,No Such Team,SITE_STAFF,2024-08-01`,
  ];
  for (let index = 0; index < BULK; index++) {
    lines.push(
      `Bulk${index},Browser,bulk.${index}@import.example.org,${AZUSA},SITE_ENGAGEMENT_LEAD,2024-08-01`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * CEI staff import a mixed people file on the Import page: the problems are listed by row and
 * column, "Import all" is disabled, "Import only the valid rows" writes them while the progress
 * bar follows the server to 100%, and the people are then in the list.
 */
describe.skipIf(!!missingChromium)('importing a CSV file in the admin', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: Tab;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    staff = await openTab(browser);
    await signIn(staff.page, server.url, 'staff@example.org', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('previews a mixed file, imports its valid rows with a progress bar, and lists them', async () => {
    const { page } = staff;
    await (await menuEntry(page, 'Import', { exact: true })).click();
    await page.getByRole('heading', { name: 'Import from a CSV file' }).waitFor();

    await page.getByRole('combobox', { name: 'What the file holds' }).click();
    await page.getByRole('option', { name: 'People and their team memberships' }).click();
    await expect(
      page.getByRole('link', { name: 'Download the template' }).getAttribute('download'),
    ).resolves.toBe('people_and_memberships-template.csv');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(mixedFile()),
    });

    const problems = page.getByRole('table', { name: /Problems found/ });
    await problems.waitFor();
    expect(
      await page.getByText(`people.csv: ${(BULK + 3).toLocaleString('en-US')} rows`).count(),
    ).toBe(1);
    const rows = await problems.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
      ['3', 'email', 'must be an email address'],
      ['4', 'team', 'no team is called or has the id "No Such Team"'],
    ]);
    await screenshot(page, 'import-preview');

    await expect(
      page
        .getByRole('button', { name: `Import all ${(BULK + 3).toLocaleString('en-US')} rows` })
        .isDisabled(),
    ).resolves.toBe(true);
    await page
      .getByRole('button', {
        name: `Import only the ${(BULK + 1).toLocaleString('en-US')} valid rows`,
      })
      .click();

    // The bar follows the server's count of rows written, to 100%.
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    const seen: number[] = [];
    while (!(await page.getByText(/^Imported /).isVisible())) {
      const now = await bar.getAttribute('aria-valuenow').catch(() => null);
      if (now !== null) seen.push(Number(now));
      await page.waitForTimeout(50);
    }
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await page
      .getByText(`Imported ${(BULK + 1).toLocaleString('en-US')} rows; 2 skipped.`)
      .waitFor();
    await screenshot(page, 'import-done');

    const [{ count }] = (await server
      .em()
      .execute(
        "select count(*) from person where email = 'ana.importada@example.org' or email like 'bulk.%@import.example.org'",
      )) as [{ count: string }];
    expect(Number(count)).toBe(BULK + 1);

    // The result links to the lists, where the people are.
    await page
      .getByRole('listitem')
      .filter({ hasText: 'people' })
      .getByRole('link', { name: 'View' })
      .click();
    await page.waitForURL(/#\/people/);
    await page.goto(`${server.url}/#/people?filter=${encodeURIComponent('{"q":"Importada"}')}`);
    await page.getByRole('main').getByText('Importada').first().waitFor();
    expect(staff.graphqlErrors).toEqual([]);
    expect(staff.pageErrors).toEqual([]);
  });
});
