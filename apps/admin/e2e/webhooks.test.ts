import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { expectNoErrors, menuEntries, openTab, screenshot, signIn, type Tab } from './session';

if (missingChromium && mustFailWithoutChromium) {
  it('runs the webhook tests in Chromium (CI=true)', () => {
    throw new Error(missingChromium);
  });
}

describe.skipIf(!!missingChromium)('registering a webhook in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let tab: Tab;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    tab = await openTab(browser);
    await signIn(tab.page, server.url, 'api@example.org', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(tab.page, 'failed-webhooks');
  });

  it('an API partner registers an endpoint, keeps its secret, and finds it with an empty log', async () => {
    const { page } = tab;
    expect(await menuEntries(page)).toContain('Webhooks');
    await page.getByRole('menuitem', { name: 'Webhooks' }).click();
    // The demo partner's own endpoint is listed.
    await page.getByText('https://warehouse.example.org/cei-webhooks').waitFor();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.waitForURL(/#\/webhookEndpoints\/create$/);
    // A test server is not a production one: a receiver on this machine is allowed.
    await page.getByRole('textbox', { name: 'URL' }).fill('http://127.0.0.1:9/cei-hooks');
    await page.getByRole('textbox', { name: 'Description' }).fill('Warehouse sync');
    await page.getByLabel('Team changes').check();
    await page.getByLabel('Attendance summary changes').check();
    await page.getByRole('button', { name: 'Register' }).click();

    const dialog = page.getByRole('dialog', { name: 'Signing secret' });
    await dialog.waitFor();
    const secret = await dialog.getByLabel('Secret').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();

    await page
      .getByRole('region', { name: 'Delivery log' })
      .getByText('Nothing sent yet.')
      .waitFor();
    await page.getByText('http://127.0.0.1:9/cei-hooks').first().waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    const [stored] = (await server.em().execute(
      `select e.url, e.description, e.event_types, a.email from webhook_endpoint e
         join account a on a.id = e.owner_id where e.url like 'http://127.0.0.1:%'`,
    )) as { url: string; description: string; event_types: string[]; email: string }[];
    expect(stored).toEqual({
      url: 'http://127.0.0.1:9/cei-hooks',
      description: 'Warehouse sync',
      event_types: ['TEAM', 'ATTENDANCE_SUMMARY'],
      email: 'api@example.org',
    });
    expectNoErrors(tab);
  });
});
