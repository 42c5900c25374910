import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { menuEntries, menuEntry, openTab, screenshot, signIn, type Tab } from './session';

const dist = new URL('../dist/', import.meta.url);

if (missingChromium) {
  if (mustFailWithoutChromium) {
    it('runs the browser tests in Chromium (CI=true)', () => {
      throw new Error(missingChromium);
    });
  } else {
    console.warn(`Skipping the browser tests. ${missingChromium}`);
  }
}

describe('the built admin app', () => {
  it('loads nothing from another host: no external script, style, font or stylesheet import', () => {
    const html = readFileSync(new URL('index.html', dist), 'utf8');
    expect(html.match(/(?:src|href)="(?:https?:)?\/\/[^"]*"/g) ?? []).toEqual([]);
    const styles = readdirSync(new URL('assets/', dist)).filter((file) => file.endsWith('.css'));
    expect(styles.length).toBeGreaterThan(0);
    for (const file of styles) {
      const css = readFileSync(new URL(`assets/${file}`, dist), 'utf8');
      expect(css.match(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)/g) ?? [], file).toEqual([]);
      expect(css.match(/@import[^;]*/g) ?? [], file).toEqual([]);
    }
  });
});

describe.skipIf(!!missingChromium)('the API explorer', () => {
  let server: TestServer;
  let browser: Browser;
  let tab: Tab;
  let token: string;
  /** Every request the page (and its workers) made. */
  const requests: Request[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    const [account] = (await server
      .em()
      .execute("select id from account where email = 'api@example.org'")) as { id: string }[];
    const issued = await server.graphql<{ issueApiToken: { token: string } }>(
      'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
      {
        input: {
          accountId: account?.id,
          name: 'Explorer test',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    token = issued.data?.issueApiToken.token as string;
    tab = await openTab(browser);
    tab.page.context().on('request', (request) => requests.push(request));
    await signIn(tab.page, server.url, 'api@example.org', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(tab.page, 'failed-explorer');
  });

  /** The response pane's text without spaces (Monaco wraps lines and spaces with U+00A0). */
  const response = async () =>
    ((await tab.page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, '');
  const run = () => tab.page.getByRole('button', { name: /^Execute query/ }).click();

  it('is offered to an API partner and runs a query as their session', async () => {
    expect(await menuEntries(tab.page)).toContain('API explorer');
    await (await menuEntry(tab.page, 'API explorer')).click();
    await tab.page.getByText(/^Write and run GraphQL queries/).waitFor();
    await tab.page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await run();
    await expect.poll(response, { timeout: 20_000 }).toContain('"email":"api@example.org"');
    expect(await response()).toContain('"role":"API_PARTNER"');
    expect(await response()).toContain('"name":"CohortI"');
    await screenshot(tab.page, 'api-explorer');
  });

  it('shows the schema’s descriptions as documentation', async () => {
    await tab.page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await tab.page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await tab.page
      .getByText(/People, organizations and teams in your scope whose names/)
      .first()
      .waitFor();
    await screenshot(tab.page, 'api-explorer-docs');
  });

  it('runs as a pasted API token, without the session, and keeps the token nowhere', async () => {
    await tab.page.getByRole('radio', { name: 'An API token' }).check();
    await tab.page.getByRole('textbox', { name: 'API token' }).fill(token);
    await tab.page.getByRole('button', { name: 'Use this token' }).click();
    await tab.page.getByText('Queries now run as the token, without your session.').waitFor();
    await tab.page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    const sent = tab.page.waitForRequest(
      (request) =>
        request.url().endsWith('/graphql') && (request.postData() ?? '').includes('Example'),
    );
    await run();
    const headers = await (await sent).allHeaders();
    expect(headers.authorization).toBe(`Bearer ${token}`);
    expect(headers.cookie).toBeUndefined();
    await expect.poll(response, { timeout: 20_000 }).toContain('"email":"api@example.org"');

    const stored = await tab.page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
    );
    expect(stored).not.toContain(token);
    await tab.page.reload();
    await tab.page.getByText(/^Write and run GraphQL queries/).waitFor();
    expect(await tab.page.getByRole('radio', { name: /^Me/ }).isChecked()).toBe(true);
  });

  it('asked nothing of any other host', () => {
    const origin = new URL(server.url).origin;
    const elsewhere = requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(requests.length).toBeGreaterThan(10);
    expect(elsewhere).toEqual([]);
    expect(tab.graphqlErrors).toEqual([]);
  });

  it("works under the server's Content Security Policy: no violation, workers and fonts included", () => {
    expect(tab.pageErrors.filter((error) => /Content Security Policy|CSP/.test(error))).toEqual([]);
  });
});
