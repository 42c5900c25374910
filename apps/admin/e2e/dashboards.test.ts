import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, missingChromium } from './chromium';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { closeTabs, expectNoErrors, openTab, screenshot, signIn, type Tab } from './session';

/** The charting library's chunk (src/dashboards/charts/Charts.tsx, loaded lazily). */
const CHART_CHUNK = /\/assets\/Charts-[\w-]+\.js$/;

describe.skipIf(!!missingChromium)('each role’s dashboard in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const tabs: Tab[] = [];

  /** What the server knows, asked as the test admin: the oracle of what each role should see. */
  async function admin<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await server.graphql<T>(query, variables);
    if (errors || !data) throw new Error(`the test's own query failed: ${JSON.stringify(errors)}`);
    return data;
  }

  /**
   * Signs in as a demo account, noting every script the page loads from the start: the sign-in
   * page (the first page) must not need the charting library.
   */
  async function dashboardOf(
    email: string,
  ): Promise<Tab & { scripts: string[]; signInScripts: number }> {
    const tab = await openTab(browser);
    tabs.push(tab);
    const scripts: string[] = [];
    tab.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await tab.page.goto(server.url);
    await tab.page.getByLabel('Password').waitFor();
    await tab.page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => CHART_CHUNK.test(url))).toEqual([]);
    const signInScripts = scripts.length;
    await signIn(tab.page, server.url, email, DEMO_PASSWORD);
    return { ...tab, scripts, signInScripts };
  }

  const section = (page: Page, name: string | RegExp): Locator =>
    page.getByRole('region', { name, exact: true });

  /** Waits for the charts of a section to be drawn, then opens the first one's table. */
  async function chartTable(region: Locator): Promise<string[][]> {
    const figure = region.locator('figure').first();
    // The chart's own drawing surface (the figure also holds hidden pattern definitions).
    await figure.locator('.MuiChartsSurface-root svg').first().waitFor();
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const table = figure.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').all();
    return Promise.all(rows.map((row) => row.locator('th, td').allTextContents()));
  }

  async function finish(tab: Tab, name: string) {
    await tab.page.waitForLoadState('networkidle');
    await screenshot(tab.page, `dashboard-${name}-en`);
    expectNoErrors(tab);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(({ task }) => closeTabs(tabs, task));

  it.each([
    ['admin', 'admin@example.org'],
    ['staff', 'staff@example.org'],
  ])(
    'shows %s what waits for CEI staff, the charts loaded only once signed in',
    async (name, email) => {
      const tab = await dashboardOf(email);
      const { page } = tab;
      // The sign-in page needed no chart code; the dashboard loads it for its charts.
      const beforeCharts = tab.signInScripts;

      const vacancies = section(page, 'Open vacancies');
      await vacancies.waitFor();
      const attention = await vacancies.locator('[data-urgency]').allTextContents();
      expect(attention).toEqual([
        expect.stringMatching(/^Urgent: one vacancy is past its due date/),
        expect.stringMatching(/^Needs attention: one vacancy is due by/),
      ]);
      // Overdue first: the team whose community partner left 45 days ago, then 10 days ago.
      const rows = vacancies.locator('tbody tr');
      await expect(rows.count()).resolves.toBe(2);
      await expect(rows.nth(0).getAttribute('data-vacancy-status')).resolves.toBe('OVERDUE');
      await expect(rows.nth(0).textContent()).resolves.toMatch(/Azusa Unified/);
      await expect(rows.nth(1).textContent()).resolves.toMatch(/Anaheim Union/);

      const applications = section(page, 'Applications by status');
      await applications.getByRole('heading', { name: /Cohort III/ }).waitFor();
      const submitted = applications.getByRole('link', { name: 'Submitted: 2' });
      await expect(submitted.getAttribute('href')).resolves.toMatch(/#\/applications\?filter=/);
      await expect(applications.getByRole('link', { name: 'Draft: 1' }).count()).resolves.toBe(1);

      const convenings = section(page, 'Upcoming convenings');
      await convenings.getByRole('link', { name: 'Demo convening 1' }).waitFor();

      const stipends = section(page, 'Stipends by status');
      const stipendRows = await stipends.locator('tbody tr').allTextContents();
      expect(stipendRows.map((row) => row.replace(/\d.*$/, ''))).toEqual([
        'Approved',
        'Planned',
        'Paid',
      ]);

      const funding = await chartTable(section(page, 'Funding against the appropriation'));
      expect(funding[0]).toEqual(['Appropriation', '$13,274,000.00']);

      const trend = await chartTable(section(page, 'Attendance per cohort'));
      // Cohort I's eight convenings of 2019-20 and Cohort II's five of 2020-21 (demo data), each
      // with its rate.
      expect(trend.map((row) => row[0])).toEqual([
        ...Array(5).fill('Cohort II'),
        ...Array(8).fill('Cohort I'),
      ]);
      expect(trend.every((row) => /^\d+%$/.test(row[6] ?? ''))).toBe(true);

      expect(tab.scripts.slice(0, beforeCharts).some((url) => CHART_CHUNK.test(url))).toBe(false);
      expect(tab.scripts.some((url) => CHART_CHUNK.test(url))).toBe(true);
      await finish(tab, name);
    },
  );

  it('shows a liaison their county’s teams only, with composition, attendance and check-ins', async () => {
    const { teams } = await admin<{
      teams: { nodes: { name: string; leadLea: { countyOffice: { countyCode: string } } }[] };
    }>('{ teams(limit: 100) { nodes { name leadLea { countyOffice { countyCode } } } } }');
    const riverside = teams.nodes
      .filter((team) => team.leadLea.countyOffice.countyCode === '33')
      .map((team) => team.name)
      .sort();
    expect(riverside).toHaveLength(3);

    const tab = await dashboardOf('liaison@example.org');
    const { page } = tab;
    const teamsSection = section(page, 'Your county’s teams');
    await teamsSection.locator('tbody tr').first().waitFor();
    const shown = await teamsSection
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-team')));
    expect([...shown].sort()).toEqual(riverside);
    await expect(teamsSection.getByText('Complete').count()).resolves.toBe(3);

    const vacancies = section(page, 'Open vacancies');
    await expect(vacancies.locator('[data-urgency]').textContent()).resolves.toMatch(
      /^All clear: no open vacancy/,
    );

    const checkIns = section(page, 'Check-ins and follow-ups');
    // One demo check-in per team, each with an open follow-up due in two weeks.
    await expect(checkIns.getByRole('listitem').count()).resolves.toBe(6);
    await expect(checkIns.locator('[data-urgency]').textContent()).resolves.toMatch(
      /3 open follow-ups/,
    );

    const metrics = section(page, 'Metric progress against baseline');
    const table = await chartTable(metrics);
    expect(table.map((row) => row[0]).sort()).toEqual(riverside);
    await finish(tab, 'liaison');
  });

  it('shows a CBO partner its organization’s teams and their next convenings', async () => {
    const { organizations } = await admin<{ organizations: { nodes: { id: string }[] } }>(
      '{ organizations(filter: { q: "Community Voices" }) { nodes { id } } }',
    );
    const { memberships } = await admin<{ memberships: { nodes: { team: { name: string } }[] } }>(
      'query ($id: ID!) { memberships(filter: { organizationId: $id, active: true }, limit: 100) { nodes { team { name } } } }',
      { id: organizations.nodes[0]?.id },
    );
    const expected = [
      ...new Set(memberships.nodes.map((membership) => membership.team.name)),
    ].sort();
    expect(expected.length).toBeGreaterThan(1);

    const tab = await dashboardOf('partner@example.org');
    const { page } = tab;
    const teams = section(page, 'Your organization’s teams');
    await teams.locator('tbody tr').first().waitFor();
    const shown = await teams
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-team')));
    // Its teams are those it has an active membership on: Anaheim's community partner (this
    // organization's member) left ten days ago, and with it the partner's view of that team.
    expect([...shown].sort()).toEqual(expected);
    expect(shown).not.toContain('Anaheim Union High School District');

    const convenings = section(page, 'Upcoming convenings');
    await convenings.getByRole('link', { name: 'Demo convening 1' }).waitFor();
    await finish(tab, 'partner');
  });

  it('shows a team lead their roster’s gaps, next convening and measurements', async () => {
    const tab = await dashboardOf('lead@example.org');
    const { page } = tab;
    const roster = section(page, /^Roster gaps: Azusa/);
    await roster.locator('[data-urgency]').first().waitFor();
    await expect(roster.locator('[data-urgency]').first().textContent()).resolves.toMatch(
      /^Urgent: one vacancy is past its due date/,
    );
    await expect(
      roster.getByRole('cell', { name: 'Community partner', exact: true }).count(),
    ).resolves.toBe(1);
    await expect(
      roster.getByRole('link', { name: 'Open the roster' }).getAttribute('href'),
    ).resolves.toMatch(/#\/teams\/[^/]+\/show\/roster$/);

    const next = section(page, 'Your next convenings');
    await next.getByRole('link', { name: 'Demo convening 1' }).waitFor();

    const measurements = section(page, 'Your measurements');
    await expect(measurements.locator('figure').count()).resolves.toBe(3);
    const values = await chartTable(measurements);
    expect(values[0]?.[0]).toMatch(/\(Baseline\)$/);
    await finish(tab, 'lead');
  });

  it('shows an API partner directory counts and statewide outcomes, nothing about a person', async () => {
    const counts = await admin<{
      countyOffices: { totalCount: number };
      leas: { totalCount: number };
    }>(
      `{ countyOffices: organizations(filter: { kind: COUNTY_OFFICE }, limit: 0) { totalCount }
         leas: organizations(filter: { kind: LEA }, limit: 0) { totalCount } }`,
    );
    const tab = await dashboardOf('api@example.org');
    const { page } = tab;
    const directory = section(page, 'Directory');
    await directory.locator('[data-count="countyOffices"]').waitFor();
    await expect(directory.locator('[data-count="countyOffices"]').textContent()).resolves.toBe(
      String(counts.countyOffices.totalCount),
    );
    await expect(directory.locator('[data-count="leas"]').textContent()).resolves.toBe(
      String(counts.leas.totalCount),
    );

    const outcomes = await chartTable(section(page, 'Statewide outcomes'));
    expect(outcomes).toHaveLength(3);
    const trend = await chartTable(section(page, 'Attendance per cohort'));
    expect(trend.length).toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: 'Open vacancies' }).count()).resolves.toBe(0);
    await finish(tab, 'api');
  });
});
