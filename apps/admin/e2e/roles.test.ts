import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import {
  closeTabs,
  menuEntries,
  menuEntry,
  openTab,
  screenshot,
  signedInTab,
  signedInTabAt,
  type Tab,
} from './session';

const PROGRAM = ['Cohorts', 'Teams', 'Convenings'];
const DIRECTORY = ['Organizations', 'Lead agencies'];
const ROSTERS = ['People', 'Memberships'];
const OUTCOMES = ['Metrics', 'Measurements'];

/**
 * Each demo account's menu, exactly. Written out rather than derived from the access rules, so
 * that the rules, the menu and the server's declarations are checked against one statement of
 * who sees what (domain.md, "Who uses it").
 */
const DEMO_ROLES = [
  {
    role: 'CEI_ADMIN',
    email: 'admin@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Attendance',
      'Calendar',
      ...DIRECTORY,
      ...ROSTERS,
      'Vacancies',
      'Applications',
      'Reviews',
      'Stipends',
      'Reimbursements',
      ...OUTCOMES,
      'Check-ins',
      'Deliverables',
      'Accounts',
      'Audit log',
      'Newsletter subscriptions',
      'Outbox',
      'Webhooks',
      'Import',
      'API explorer',
    ],
  },
  {
    role: 'CEI_STAFF',
    email: 'staff@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Attendance',
      'Calendar',
      ...DIRECTORY,
      ...ROSTERS,
      'Vacancies',
      'Applications',
      'Reviews',
      'Stipends',
      'Reimbursements',
      ...OUTCOMES,
      'Check-ins',
      'Deliverables',
      'Newsletter subscriptions',
      'Import',
      'API explorer',
    ],
  },
  {
    role: 'COE_LIAISON',
    email: 'liaison@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Calendar',
      ...DIRECTORY,
      ...ROSTERS,
      'Vacancies',
      'Stipends',
      ...OUTCOMES,
      'Check-ins',
      'Deliverables',
    ],
  },
  {
    role: 'CBO_PARTNER',
    email: 'partner@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Calendar',
      ...DIRECTORY,
      ...ROSTERS,
      'Vacancies',
      'Stipends',
      'Reimbursements',
      ...OUTCOMES,
      'Deliverables',
    ],
  },
  {
    role: 'TEAM_LEAD',
    email: 'lead@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Attendance',
      'Calendar',
      ...DIRECTORY,
      ...ROSTERS,
      'Vacancies',
      'Stipends',
      'Reimbursements',
      ...OUTCOMES,
      'Check-ins',
      'Deliverables',
      'Import',
    ],
  },
  {
    role: 'API_PARTNER',
    email: 'api@example.org',
    menu: [
      'Dashboard',
      ...PROGRAM,
      'Calendar',
      ...DIRECTORY,
      ...OUTCOMES,
      'Deliverables',
      'Webhooks',
      'API explorer',
    ],
  },
];

interface RosterPerson {
  id: string;
  givenName: string | null;
  familyName: string | null;
  kind: string;
}

describe.skipIf(!!missingChromium)('each role in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  /** What the server knows, asked as the test admin: the oracle of what each role may see. */
  async function admin<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await server.graphql<T>(query, variables);
    if (errors || !data) throw new Error(`the test's own query failed: ${JSON.stringify(errors)}`);
    return data;
  }

  function signedIn(email: string, password?: string): Promise<Tab> {
    return signedInTab(browser, tabs, server.url, email, password);
  }

  function signedInAt(email: string, path: string): Promise<Tab> {
    return signedInTabAt(browser, tabs, server, email, path);
  }

  async function azusa() {
    const { teams } = await admin<{ teams: { nodes: { id: string; name: string }[] } }>(
      '{ teams(filter: { q: "Azusa" }) { nodes { id name } } }',
    );
    const team = teams.nodes[0];
    if (!team) throw new Error('the demo data has no Azusa team');
    const { memberships } = await admin<{ memberships: { nodes: { person: RosterPerson }[] } }>(
      `query ($teamId: ID!) {
        memberships(filter: { teamId: $teamId }, limit: 100) {
          nodes { person { id givenName familyName kind } }
        }
      }`,
      { teamId: team.id },
    );
    return { team, people: memberships.nodes.map((membership) => membership.person) };
  }

  const fullName = (person: RosterPerson) => `${person.givenName} ${person.familyName}`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(({ task }) => closeTabs(tabs, task));

  it.each(DEMO_ROLES)(
    '$role signs in and gets exactly its menu, on a landing page naming its scope',
    async ({ role, email, menu }) => {
      const { page, graphqlErrors, pageErrors } = await signedIn(email);
      await expect(menuEntries(page)).resolves.toEqual(menu);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `landing-${role.toLowerCase().replace('_', '-')}`);
      expect(graphqlErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );

  it('shows a liaison the memberships of Riverside County’s teams only', async () => {
    const { accounts } = await admin<{
      accounts: { nodes: { scopeBindings: { nodes: { organization: { id: string } }[] } }[] };
    }>(
      '{ accounts(filter: { email: "liaison@example.org" }) { nodes { scopeBindings { nodes { organization { id } } } } } }',
    );
    const countyOfficeId = accounts.nodes[0]?.scopeBindings.nodes[0]?.organization.id;
    const { teams } = await admin<{ teams: { nodes: { id: string; name: string }[] } }>(
      'query ($id: ID!) { teams(filter: { countyOfficeId: $id }, limit: 100) { nodes { id name } } }',
      { id: countyOfficeId },
    );
    const riverside = teams.nodes.map((team) => team.name).sort();
    expect(riverside).toEqual([
      'Moreno Valley Unified School District',
      'Riverside Unified School District',
      'Val Verde Unified School District',
    ]);

    const { page, graphqlErrors } = await signedInAt(
      'liaison@example.org',
      '#/memberships?page=1&perPage=100',
    );
    await page.locator('.RaList-main tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('.RaList-main tbody td.column-team').allTextContents();
    expect(shown.length).toBeGreaterThan(riverside.length);
    expect([...new Set(shown)].sort()).toEqual(riverside);
    await screenshot(page, 'liaison-memberships');
    expect(graphqlErrors).toEqual([]);
  });

  it('shows a liaison that student seats are filled, not who fills them', async () => {
    const { page, graphqlErrors } = await signedInAt(
      'liaison@example.org',
      `#/people?filter=${encodeURIComponent('{"kind":"STUDENT"}')}`,
    );
    await page.locator('.RaList-main tbody tr').first().waitFor();
    const names = await page.locator('.RaList-main tbody td.column-familyName').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['Name not shown']));
    // Neither a search nor phone and language columns: the server would refuse or hide them.
    await expect(page.getByPlaceholder('Search', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Phone' }).count()).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Language' }).count()).resolves.toBe(0);
    await screenshot(page, 'liaison-students');
    expect(graphqlErrors).toEqual([]);
  });

  it('shows a team lead the people of Azusa’s team only, with its student’s name', async () => {
    const { people } = await azusa();
    const expected = [...new Set(people.map(fullName))].sort();
    const student = people.find((person) => person.kind === 'STUDENT');
    if (!student) throw new Error('Azusa’s demo team has no student');

    const { page, graphqlErrors } = await signedInAt(
      'lead@example.org',
      '#/people?page=1&perPage=100',
    );
    await page.locator('.RaList-main tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const names = await page.locator('.RaList-main tbody td.column-familyName').allTextContents();
    expect([...new Set(names)].sort()).toEqual(expected);
    await page.getByRole('cell', { name: fullName(student), exact: true }).waitFor();
    await screenshot(page, 'team-lead-people');
    expect(graphqlErrors).toEqual([]);
  });

  it('shows a liaison who types the URL of another county’s team its public facts and a notice, no roster', async () => {
    const { team } = await azusa();
    const { page, graphqlErrors } = await signedIn('liaison@example.org');
    const requests: string[] = [];
    page.on('request', (request) => {
      const operation = request.postDataJSON() as { operationName?: string } | null;
      if (operation?.operationName) requests.push(operation.operationName);
    });

    for (const path of ['show', 'show/roster']) {
      await page.goto(`${server.url}/#/teams/${team.id}/${path}`);
      await page.getByText('Outside your scope').waitFor();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'Azusa Unified School District' }).first().waitFor();
      await expect(main.getByRole('tab').count()).resolves.toBe(0);
      await expect(main.getByText('District cabinet leader').count()).resolves.toBe(0);
    }
    await screenshot(page, 'liaison-other-county-team');
    expect(requests).not.toContain('Memberships');
    expect(requests).not.toContain('Stipends');
    expect(graphqlErrors).toEqual([]);
  });

  it('shows a liaison who types the URL of a person out of scope the not-found page', async () => {
    const { people } = await azusa();
    const { page, graphqlErrors } = await signedInAt(
      'liaison@example.org',
      `#/people/${people[0]?.id}/show`,
    );
    await page.getByRole('heading', { name: 'Not Found' }).waitFor();
    await expect(page.getByText('Given name').count()).resolves.toBe(0);
    await screenshot(page, 'liaison-person-out-of-scope');
    expect(graphqlErrors).toEqual([]);
  });

  it('sends the public to the login page, whatever URL it opens', async () => {
    const tab = await openTab(browser);
    tabs.push(tab);
    await tab.page.goto(`${server.url}/#/people`);
    await tab.page.waitForURL(/#\/login/);
    await tab.page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it('sends a user whose session went idle back to the login page', async () => {
    const { page, graphqlErrors } = await signedIn('partner@example.org');
    await (await menuEntry(page, 'People')).click();
    await page.locator('.RaList-main tbody tr').first().waitFor();

    // Thirty-one minutes without a request, as far as the server can tell.
    await server.orm.em.getConnection().execute(
      `update session set last_seen_at = now() - interval '31 minutes'
         where account_id = (select id from account where email = 'partner@example.org')`,
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.waitForURL(/#\/login/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(graphqlErrors.length).toBeGreaterThan(0);
    for (const error of graphqlErrors) {
      expect(error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('lets an admin create a liaison account, which then signs in to a liaison’s menu', async () => {
    const { page, graphqlErrors } = await signedInAt('admin@example.org', '#/accounts/create');
    await page.getByLabel('Email').fill('new.liaison@example.org');
    await page.getByLabel('Name', { exact: true }).fill('New Riverside Liaison');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'County office liaison' }).click();
    await page.getByRole('combobox', { name: 'County offices' }).fill('Riverside');
    await page.getByRole('option', { name: 'Riverside County Office of Education' }).click();
    await page.getByLabel('Initial password').fill('a-long-initial-password');
    await screenshot(page, 'account-create');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/accounts\/[^/]+\/show/);
    const main = page.getByRole('main');
    await main.getByText('new.liaison@example.org').first().waitFor();
    await main.getByRole('link', { name: 'Riverside County Office of Education' }).waitFor();
    expect(graphqlErrors).toEqual([]);

    const { accounts } = await admin<{
      accounts: { nodes: { role: string; scopeBindings: { nodes: unknown[] } }[] };
    }>(
      '{ accounts(filter: { email: "new.liaison@example.org" }) { nodes { role scopeBindings { nodes { organization { name } } } } } }',
    );
    expect(accounts.nodes).toEqual([
      {
        role: 'COE_LIAISON',
        scopeBindings: {
          nodes: [{ organization: { name: 'Riverside County Office of Education' } }],
        },
      },
    ]);

    const newLiaison = await signedIn('new.liaison@example.org', 'a-long-initial-password');
    const liaisonMenu = DEMO_ROLES.find((role) => role.role === 'COE_LIAISON')?.menu;
    await expect(menuEntries(newLiaison.page)).resolves.toEqual(liaisonMenu);
  });

  it('lets an admin issue an API token to the demo API partner, showing its secret once', async () => {
    const { page, graphqlErrors } = await signedInAt(
      'admin@example.org',
      `#/accounts?filter=${encodeURIComponent('{"role":"API_PARTNER"}')}`,
    );
    await page.getByRole('cell', { name: 'api@example.org' }).click();
    await page.waitForURL(/#\/accounts\/[^/]+\/show/);

    await page.getByRole('button', { name: 'Issue a token' }).click();
    const request = page.getByRole('dialog');
    await request.getByLabel('Name').fill('Research dashboard');
    await request.getByRole('button', { name: 'Issue' }).click();

    const issued = page.getByRole('dialog', { name: 'API token issued' });
    await issued.waitFor();
    await issued.getByText('It will not be shown again').waitFor();
    await issued.getByRole('button', { name: 'Copy' }).waitFor();
    const secret = await issued.getByLabel('Token').inputValue();
    expect(secret).toMatch(/^cei_/);
    await screenshot(page, 'api-token-issued');

    await issued.getByRole('button', { name: 'Done' }).click();
    await issued.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Research dashboard' }).waitFor();
    await expect(page.content()).resolves.not.toContain(secret);
    await screenshot(page, 'api-tokens');
    expect(graphqlErrors).toEqual([]);

    // The secret is the API partner's key: it reads, and only reads.
    const partner = server.withToken(secret);
    const read = await partner.graphql<{ cohorts: { totalCount: number } }>(
      '{ cohorts { totalCount } }',
    );
    expect(read.data?.cohorts.totalCount).toBeGreaterThan(0);
  });

  it('shows an admin the audit log, newest first, with what an account creation changed', async () => {
    const { page, graphqlErrors } = await signedInAt('admin@example.org', '#/auditEvents');
    await page.locator('.RaList-main tbody tr').first().waitFor();
    // The admin's own sign-in, a moment ago, is the newest entry.
    await expect(
      page.locator('.RaList-main tbody tr').first().locator('td.column-action').textContent(),
    ).resolves.toBe('Signed in');
    await screenshot(page, 'audit-log');

    await page.goto(
      `${server.url}/#/auditEvents?filter=${encodeURIComponent('{"action":"CREATED","entity":"Account"}')}`,
    );
    // The list answers the filter after the address changes: wait for it, not for any row.
    const newest = page.locator('.RaList-main tbody tr').first();
    await expect.poll(() => newest.locator('td.column-action').textContent()).toBe('Created');
    await newest
      .getByRole('cell', { name: /Account/ })
      .first()
      .click();
    await page.waitForURL(/#\/auditEvents\/[^/]+\/show/);
    const changes = page.getByRole('table', { name: 'Changes' });
    await changes.getByRole('rowheader', { name: 'email' }).waitFor();
    await changes.getByText('new.liaison@example.org').waitFor();
    // Nobody edits the log: the entry has no edit button.
    await expect(page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await screenshot(page, 'audit-event');
    expect(graphqlErrors).toEqual([]);
  });

  it('lets a user change their own password from the user menu', async () => {
    const { page, graphqlErrors } = await signedIn('staff@example.org');
    // The user menu's button shows (and is named after) the signed-in person.
    await page.getByRole('button', { name: 'Demo CEI Staff' }).click();
    await page.getByRole('menuitem', { name: 'Change my password' }).click();
    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByLabel(/^New password\W*$/).fill('a-new-staff-password');
    await page.getByLabel(/^New password again/).fill('a-new-staff-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed').waitFor();
    expect(graphqlErrors).toEqual([]);

    const signIn = await server.signIn('staff@example.org', 'a-new-staff-password');
    expect(signIn.credentials.cookie).toMatch(/=/);
  });
});
