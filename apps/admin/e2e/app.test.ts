import { pinnedNodeVersion } from '@cei/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/resources';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { startServer, TEST_ADMIN, type TestServer } from './server';
import { menuEntry, saveFailurePicture, screenshot } from './session';

/** Every resource with a list screen, as the menu shows them. */
const listed = resources
  .filter((resource) => resource.props.list)
  .map((resource) => resource.props.name);

if (missingChromium) {
  if (mustFailWithoutChromium) {
    it('runs the browser tests in Chromium (CI=true)', () => {
      throw new Error(missingChromium);
    });
  } else {
    console.warn(`Skipping the browser tests. ${missingChromium}`);
  }
}

describe.skipIf(!!missingChromium)('the admin app in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** GraphQL errors the app received: any is a failure, whatever the screen shows. */
  const graphqlErrors: unknown[] = [];
  /** Uncaught errors in the page and errors it logged. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveFailurePicture(page, task.name);
  });

  it('runs its server on the pinned Node.js 24 LTS, which serves the app and says so in /healthz', async () => {
    expect(process.versions.node).toMatch(/^24\./);
    expect(process.versions.node).toBe(pinnedNodeVersion());
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health.node).toBe(pinnedNodeVersion());
  });

  it('asks to sign in, then opens on the home screen', async () => {
    await page.goto(server.url);
    await page.waitForURL(/#\/login/);
    await page.getByLabel('Email').fill(TEST_ADMIN.email);
    await page.getByLabel('Password').fill(TEST_ADMIN.password);
    await screenshot(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Test Admin' }).waitFor();
  });

  it('lists the cohorts, opens Cohort I and its teams, and shows a team with its cohort and lead LEA', async () => {
    await (await menuEntry(page, 'Cohorts')).click();
    const cohortCell = (name: string) => page.getByRole('cell', { name, exact: true });
    await cohortCell('Cohort I').waitFor();
    await cohortCell('Cohort II').waitFor();
    await screenshot(page, 'cohorts');

    await cohortCell('Cohort I').click();
    await page.getByRole('tab', { name: 'Teams' }).click();
    const teamRows = page.getByRole('row').filter({ has: page.getByRole('cell') });
    await page.getByRole('cell', { name: 'Azusa Unified School District' }).first().waitFor();
    await expect(teamRows.count()).resolves.toBe(6);
    await screenshot(page, 'cohort-teams');

    await page.getByRole('cell', { name: 'Azusa Unified School District' }).first().click();
    await page.waitForURL(/#\/teams\/[^/]+\/show/);
    const summary = page.getByRole('main');
    await summary.getByRole('link', { name: 'Cohort I', exact: true }).waitFor();
    await summary
      .getByRole('link', { name: 'Azusa Unified School District', exact: true })
      .waitFor();
    await summary.getByRole('link', { name: /Los Angeles County/ }).waitFor();
    await screenshot(page, 'team');

    expect(pageErrors).toEqual([]);
    expect(graphqlErrors).toEqual([]);
  });

  it("shows the team's roster", async () => {
    await page.getByRole('tab', { name: 'Roster' }).click();
    await page.getByRole('cell', { name: 'District cabinet leader' }).first().waitFor();
    await screenshot(page, 'team-roster');
    expect(graphqlErrors).toEqual([]);
  });

  it('shows the server’s refusal of an edit under the field it concerns, saving nothing', async () => {
    const teamUrl = page.url().replace(/\/show.*$/, '');
    await page.goto(teamUrl);
    const commitmentEnds = page.getByLabel('Commitment ends on');
    await commitmentEnds.fill('2019-01-01');
    await page.getByRole('button', { name: 'Save' }).click();
    const field = page.locator('.MuiFormControl-root', { has: commitmentEnds });
    await expect(field.locator('.MuiFormHelperText-root.Mui-error').textContent()).resolves.toMatch(
      /\w/,
    );
    await screenshot(page, 'team-edit-refused');
    expect(page.url()).toBe(teamUrl);
    // The response's body is read after the page has shown it: wait for it.
    await expect
      .poll(() => graphqlErrors)
      .toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    graphqlErrors.length = 0;
    const id = teamUrl.split('/').at(-1);
    const { data } = await server.graphql<{ team: { commitmentEndsOn: string } }>(
      'query ($id: ID!) { team(id: $id) { commitmentEndsOn } }',
      { id },
    );
    expect(data?.team.commitmentEndsOn).toBe('2022-06-30');
  });

  it('saves an edit with the version it read, then shows the change', async () => {
    await page.reload();
    await page.getByLabel('Name').fill('Azusa Unified team');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/show$/);
    await page.getByRole('main').getByText('Azusa Unified team', { exact: true }).waitFor();
    expect(graphqlErrors).toEqual([]);
  });

  it.each(listed.map((name) => ({ name })))(
    'lists $name and shows the first one without a GraphQL error',
    async ({ name }) => {
      graphqlErrors.length = 0;
      pageErrors.length = 0;
      await page.goto(`${server.url}/#/${name}`);
      await page.waitForLoadState('networkidle');
      await page.locator('.RaList-main, .RaEmpty-message').first().waitFor();
      // A cell without a link or a checkbox: a click on a link opens the record it links to
      // instead, and one on a bulk-selection checkbox selects the row.
      const plainCell = page
        .locator('.RaList-main tbody tr')
        .first()
        .locator('td')
        .filter({ hasNot: page.locator('a, input') })
        .first();
      if (await plainCell.count()) {
        // A click that lands while the list is still drawing its rows opens nothing: again.
        const shown = new RegExp(`#/${name}/[^/]+/show`);
        for (let click = 0; click < 3 && !shown.test(page.url()); click++) {
          await plainCell.click();
          await page.waitForURL(shown, { timeout: 10_000 }).catch(() => undefined);
        }
        expect(page.url()).toMatch(shown);
        await page.waitForLoadState('networkidle');
      }
      expect(pageErrors).toEqual([]);
      expect(graphqlErrors).toEqual([]);
    },
  );
});
