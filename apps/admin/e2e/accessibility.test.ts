import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../src/pages';
import { resources } from '../src/resources';
import { type AxeFinding, seriousAxeViolations } from './axe';
import { launchChromium, missingChromium, mustFailWithoutChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { openTab, signIn, type Tab } from './session';

const DEMO_ADMIN = { email: 'admin@example.org', password: DEMO_PASSWORD };

if (missingChromium && mustFailWithoutChromium) {
  it('runs the accessibility tests in Chromium (CI=true)', () => {
    throw new Error(missingChromium);
  });
}

/**
 * axe-core over every screen an administrator can open (who sees the most): the sign-in page,
 * the home screen, every list, the first record's page, every create and edit form, and the
 * custom pages. Each screen is checked once it has loaded its data.
 */
describe.skipIf(!!missingChromium)('every screen, by axe-core', () => {
  let server: TestServer;
  let browser: Browser;
  let tab: Tab;
  const findings = new Map<string, AxeFinding[]>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    tab = await openTab(browser);
    watchLoads(tab.page);
    await addRecordsTheDemoLacks(server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(screen: string, exclude?: string) {
    const { page } = tab;
    // Moving between screens changes only the URL's hash: the page's load state stays "idle"
    // from the first load, so waiting for it alone let axe run before a record arrived (an edit
    // form without its Delete button passed, the same form with it failed). Wait until no
    // request to the API, nor for a screen's lazily loaded code, is in flight for a moment
    // instead (under load a screen's code took over a second: react-admin's grey "Loading"
    // message was checked in its place).
    await loadsSettled(page);
    // The pointer stays where the list's row was clicked; over a button it would be checked in
    // its hover tint on one screen and not on another, depending on the layout.
    await page.mouse.move(0, 0);
    await page.locator('.MuiLinearProgress-root').first().waitFor({ state: 'detached' });
    const found = await seriousAxeViolations(page, undefined, exclude);
    if (found.length) findings.set(screen, found);
    return found;
  }

  it('finds nothing serious on the sign-in page', async () => {
    await tab.page.goto(server.url);
    await tab.page.waitForURL(/#\/login/);
    expect(await check('sign-in')).toEqual([]);
  });

  it('finds nothing serious on the home screen', async () => {
    await signIn(tab.page, server.url, DEMO_ADMIN.email, DEMO_ADMIN.password);
    expect(await check('home')).toEqual([]);
  });

  const screens = resources.flatMap(({ props }) => [
    ...(props.list ? [{ name: `${props.name} list`, path: `/${props.name}`, open: 'list' }] : []),
    ...(props.list && props.show
      ? [{ name: `${props.name} record`, path: `/${props.name}`, open: 'show' }]
      : []),
    ...(props.list && props.edit
      ? [{ name: `${props.name} edit`, path: `/${props.name}`, open: 'edit' }]
      : []),
    ...(props.create
      ? [{ name: `${props.name} create`, path: `/${props.name}/create`, open: 'page' }]
      : []),
  ]);
  const customScreens = pages.map((page) => ({ name: page.path, path: page.path, open: 'page' }));

  /** Opens the list's first record as a user would (a click on its row) and reads its id. */
  async function firstRecordId(path: string): Promise<string> {
    const { page } = tab;
    await page.locator('.RaList-main tbody tr').first().waitFor();
    // A cell without a link: a click on a link opens the record it links to instead.
    await page
      .locator('.RaList-main tbody tr')
      .first()
      .locator('td')
      .filter({ hasNot: page.locator('a, input') })
      .first()
      .click();
    await page.waitForURL(new RegExp(`#${path}/[^/]+(/show)?$`));
    const id = new URL(page.url()).hash.slice(path.length + 2).replace(/\/show$/, '');
    return decodeURIComponent(id);
  }

  it.each([...screens, ...customScreens])(
    'finds nothing serious on $name',
    async ({ name, path, open }) => {
      const { page } = tab;
      await page.goto(`${server.url}/#${path}`);
      if (open === 'show' || open === 'edit') {
        await page.goto(
          `${server.url}/#${path}/${encodeURIComponent(await firstRecordId(path))}${open === 'show' ? '/show' : ''}`,
        );
      }
      // The explorer's editor is GraphiQL with Monaco: their insides (nested tab buttons, dimmed
      // line numbers) are the libraries'. The page around it, our controls, is checked.
      const explorer = path === '/api-explorer';
      if (explorer) await tab.page.locator('.graphiql-container').waitFor();
      expect(await check(name, explorer ? '.graphiql-container' : undefined)).toEqual([]);
    },
  );
});

/**
 * The demo data has no review, newsletter subscription or outbox email; a record of each lets
 * their pages be checked too. A subscription writes its confirmation email to the outbox.
 */
async function addRecordsTheDemoLacks(server: TestServer) {
  const subscribed = await server.anonymous.graphql(
    'mutation { subscribe(input: { email: "reader@example.org", name: "Reader" }) }',
  );
  expect(subscribed.errors).toBeUndefined();
  const { data } = await server.graphql<{
    applications: { nodes: { id: string; version: number; cohort: { id: string } }[] };
  }>(
    '{ applications(filter: { status: SUBMITTED }, limit: 1) { nodes { id version cohort { id } } } }',
  );
  const application = data?.applications.nodes[0];
  if (!application) throw new Error('The demo data has no submitted application to review.');
  const started = await server.graphql(
    'mutation ($id: ID!, $version: Int!) { startApplicationReview(id: $id, version: $version) { id } }',
    { id: application.id, version: application.version },
  );
  expect(started.errors).toBeUndefined();
  const criteria = await server.graphql<{ rubricCriteria: { nodes: { id: string }[] } }>(
    'query ($cohortId: ID!) { rubricCriteria(filter: { cohortId: $cohortId }) { nodes { id } } }',
    { cohortId: application.cohort.id },
  );
  const criterion = criteria.data?.rubricCriteria.nodes[0];
  if (!criterion) throw new Error('The demo cohort has no rubric to review with.');
  const review = await server.graphql(
    `mutation ($applicationId: ID!, $criterionId: ID!) {
      saveReview(applicationId: $applicationId, input: { scores: [{ criterionId: $criterionId, score: 1 }] }) { id }
    }`,
    { applicationId: application.id, criterionId: criterion.id },
  );
  expect(review.errors).toBeUndefined();
}

const inFlight = new WeakMap<Page, Set<Request>>();

/** Counts the page's requests to /graphql and for scripts that have not finished yet. */
function watchLoads(page: Page) {
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (request) => {
    if (request.url().includes('/graphql') || request.resourceType() === 'script') {
      pending.add(request);
    }
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

/** Resolves once nothing watched has been in flight for 300 ms (a screen's code and data are in). */
async function loadsSettled(page: Page, quietMs = 300, timeoutMs = 15_000) {
  const pending = inFlight.get(page);
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending && pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The screen kept loading code or asking the API for more than 15 seconds.');
}
