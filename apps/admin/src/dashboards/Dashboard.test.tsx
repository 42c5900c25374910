import { formatMoney, POLYGLOT_INTERPOLATION, Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, type I18nProvider, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardEs } from '../i18n/dashboard.es';
import { en } from '../i18n/en';
import { i18nProvider } from '../i18n/i18nProvider';
import type { VacancyRecord } from '../teams/team.graphql';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { Dashboard } from './Dashboard';

// --- the server's answers, shaped as the queries ask ------------------------------------------

const summary = (present: number, absent: number, excused = 0) => ({
  present,
  absent,
  excused,
  total: present + absent + excused,
  rate: present + absent ? present / (present + absent) : null,
});

const vacancy = (
  id: string,
  team: string,
  status: 'OVERDUE' | 'DUE',
  dueOn: string,
  role = 'COMMUNITY_PARTNER',
): VacancyRecord =>
  ({
    id,
    role,
    openedOn: '2026-10-01',
    dueOn,
    status,
    daysUntilDue: status === 'OVERDUE' ? -14 : 20,
    filledOn: null,
    team: { id: `team-${team}`, name: team },
    endedMembership: {
      id: `m-${id}`,
      endedOn: '2026-10-01',
      endReason: 'LEFT_ORGANIZATION',
      person: { id: `p-${id}`, givenName: 'Naomi', familyName: 'Bennett' },
    },
    filledByMembership: null,
  }) as unknown as VacancyRecord;

const convening = (id: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Demo convening ${id}`,
  programYear: '2026-27',
  number: Number(id),
  kind: 'NETWORK_CONVENING',
  modality: 'VIRTUAL',
  startsAt,
  venue: null,
  overnightStay: false,
  cohorts: [{ id: 'c2', name: 'Cohort II' }],
  ...extra,
});

const trendCohort = {
  id: 'c1',
  name: 'Cohort I',
  number: 1,
  status: 'ACTIVE',
  attendanceTrend: [
    {
      convening: {
        id: 'y1',
        title: 'Year 1, convening 1',
        programYear: '2019-20',
        number: 1,
        startsAt: '2019-08-29T16:00:00.000Z',
      },
      attendanceSummary: summary(45, 5, 2),
    },
    {
      convening: {
        id: 'y2',
        title: 'Year 1, convening 2',
        programYear: '2019-20',
        number: 2,
        startsAt: '2019-09-26T16:00:00.000Z',
      },
      attendanceSummary: summary(36, 4),
    },
  ],
};

const staffData = {
  cohorts: {
    nodes: [
      { id: 'c3', name: 'Cohort III', number: 3, status: 'RECRUITING', attendanceTrend: [] },
      { id: 'c2', name: 'Cohort II', number: 2, status: 'ACTIVE', attendanceTrend: [] },
      trendCohort,
    ],
  },
  applicationCounts: [
    { cohort: { id: 'c3' }, status: 'DRAFT', count: 1 },
    { cohort: { id: 'c3' }, status: 'SUBMITTED', count: 2 },
  ],
  overdue: [vacancy('v1', 'Azusa Unified School District', 'OVERDUE', '2026-11-09')],
  due: [vacancy('v2', 'Anaheim Union High School District', 'DUE', '2026-12-13')],
  convenings: {
    totalCount: 1,
    nodes: [
      convening('1', '2026-12-23T17:00:00.000Z', { overnightStay: true, modality: 'IN_PERSON' }),
    ],
  },
  stipendCounts: [
    { status: 'PAID', count: 6, amount: '180000.00' },
    { status: 'PLANNED', count: 6, amount: '180000.00' },
    { status: 'APPROVED', count: 6, amount: '180000.00' },
  ],
  fundingSummary: {
    appropriation: '13274000.00',
    committed: '540820.26',
    remaining: '12733179.74',
    stipendsPlanned: '180000.00',
    stipendsApproved: '180000.00',
    stipendsPaid: '180000.00',
    reimbursementsSubmitted: '253.26',
    reimbursementsApproved: '273.42',
    reimbursementsPaid: '273.42',
  },
};

const progress = (metric: string, baseline: number, latest: number, better: boolean) => ({
  change: latest - baseline,
  isImprovement: better,
  metric: { id: metric, name: metric, unit: 'percent', direction: 'HIGHER_IS_BETTER' },
  baseline: {
    id: `${metric}-b`,
    value: baseline,
    periodStart: '2021-07-01',
    periodEnd: '2022-06-30',
  },
  latest: { id: `${metric}-l`, value: latest, periodStart: '2022-07-01', periodEnd: '2023-06-30' },
});

const liaisonTeam = (name: string, extra: Record<string, unknown> = {}) => ({
  id: `team-${name.split(' ')[0]?.toLowerCase()}`,
  name,
  cohort: { id: 'c2', name: 'Cohort II' },
  composition: { isComplete: true, missingRoles: [] },
  overdue: [],
  due: [],
  year: null,
  allYears: summary(8, 2),
  metricProgress: [progress('Family survey participation', 30, 36, true)],
  ...extra,
});

const liaisonData = {
  teams: {
    totalCount: 3,
    nodes: [
      liaisonTeam('Moreno Valley Unified School District'),
      liaisonTeam('Riverside Unified School District', {
        composition: { isComplete: false, missingRoles: ['STUDENT'] },
        metricProgress: [progress('Family survey participation', 30, 25, false)],
      }),
      liaisonTeam('Val Verde Unified School District', { overdue: [{ id: 'v9' }] }),
    ],
  },
  overdue: [vacancy('v9', 'Val Verde Unified School District', 'OVERDUE', '2026-11-01')],
  due: [],
  checkIns: {
    totalCount: 1,
    nodes: [
      {
        id: 'k1',
        occurredOn: '2026-11-16',
        kind: 'VISIT',
        summary: 'Reviewed the roster.',
        team: { id: 'team-r', name: 'Riverside Unified School District' },
      },
    ],
  },
  followUps: {
    totalCount: 2,
    nodes: [
      {
        id: 'f2',
        description: 'Send the survey template.',
        dueOn: '2999-12-07',
        checkIn: {
          id: 'k1',
          occurredOn: '2026-11-16',
          team: { id: 'team-r', name: 'Riverside Unified School District' },
        },
      },
      {
        id: 'f1',
        description: 'Call the principal.',
        dueOn: '2020-01-01',
        checkIn: {
          id: 'k1',
          occurredOn: '2026-11-16',
          team: { id: 'team-r', name: 'Riverside Unified School District' },
        },
      },
    ],
  },
};

const teamCohorts = (own: string, facilitated: string[] = []) => ({
  cohort: { id: own, name: own },
  facilitations: {
    nodes: facilitated.map((id) => ({ id: `f-${id}`, cohort: { id, name: id } })),
  },
});

const partnerData = {
  teams: {
    totalCount: 2,
    nodes: [
      {
        id: 't-oxnard',
        name: 'Oxnard School District',
        composition: { isComplete: true, missingRoles: [] },
        ...teamCohorts('c1', ['c2']),
      },
      {
        id: 't-anaheim',
        name: 'Anaheim Union High School District',
        composition: { isComplete: false, missingRoles: ['COMMUNITY_PARTNER'] },
        ...teamCohorts('c1', ['c2']),
      },
    ],
  },
};

const upcomingData = {
  cohorts: {
    nodes: [
      { id: 'c1', name: 'Cohort I', convenings: { nodes: [] } },
      {
        id: 'c2',
        name: 'Cohort II',
        convenings: {
          nodes: [
            convening('2', '2027-01-23T17:00:00.000Z'),
            convening('1', '2026-12-23T17:00:00.000Z'),
          ],
        },
      },
    ],
  },
};

const leadData = {
  teams: {
    nodes: [
      {
        id: 't-azusa',
        name: 'Azusa Unified School District',
        composition: { isComplete: false, missingRoles: ['COMMUNITY_PARTNER', 'STUDENT'] },
        overdue: [vacancy('v1', 'Azusa Unified School District', 'OVERDUE', '2026-11-09')],
        due: [],
        ...teamCohorts('c1', ['c2']),
        attendanceSummary: null,
        measurements: {
          nodes: [
            {
              id: 'm1',
              value: 20.6,
              periodStart: '2019-07-01',
              periodEnd: '2020-06-30',
              isBaseline: true,
              metric: { id: 'absence' },
            },
            {
              id: 'm2',
              value: 19.5,
              periodStart: '2020-07-01',
              periodEnd: '2021-06-30',
              isBaseline: false,
              metric: { id: 'absence' },
            },
            {
              id: 'm3',
              value: 22.1,
              periodStart: '2021-07-01',
              periodEnd: '2021-12-31',
              isBaseline: false,
              metric: { id: 'absence' },
            },
          ],
        },
        metricProgress: [
          {
            change: 1.5,
            isImprovement: false,
            metric: {
              id: 'absence',
              name: 'Chronic absence',
              unit: 'percent',
              direction: 'LOWER_IS_BETTER',
            },
            baseline: { id: 'm1', value: 20.6, periodStart: '2019-07-01', periodEnd: '2020-06-30' },
            latest: { id: 'm3', value: 22.1, periodStart: '2021-07-01', periodEnd: '2021-12-31' },
          },
        ],
      },
    ],
  },
};

const metricSummary = (id: string, improved: number, teams: number) => ({
  id,
  name: id,
  unit: 'percent',
  direction: 'HIGHER_IS_BETTER',
  progressSummary: {
    teamCount: teams,
    improvedCount: improved,
    worsenedCount: teams - improved,
    unchangedCount: 0,
    baselineMean: teams ? 31.5 : null,
    latestMean: teams ? 36.25 : null,
  },
});

const apiData = {
  countyOffices: { totalCount: 58 },
  leas: { totalCount: 21 },
  schools: { totalCount: 21 },
  communityOrganizations: { totalCount: 5 },
  teams: { totalCount: 18 },
  cohorts: {
    totalCount: 1,
    nodes: [{ ...trendCohort, teams: { totalCount: 6 }, attendanceSummary: summary(81, 9) }],
  },
  metrics: {
    nodes: [
      metricSummary('Family survey participation', 15, 18),
      metricSummary('Chronic absence', 9, 18),
    ],
  },
};

// --- rendering --------------------------------------------------------------------------------

function renderDashboard(
  role: Role,
  answers: Record<string, unknown>,
  i18n: I18nProvider = i18nProvider,
) {
  const server = fakeServer(({ operationName }: FakeOperation) => ({
    data: answers[operationName ?? ''] ?? null,
  }));
  render(
    <TestMemoryRouter initialEntries={['/']}>
      <AdminContext
        dataProvider={server.dataProvider}
        authProvider={signedInAs(role)}
        i18nProvider={i18n}
      >
        <Dashboard />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return server;
}

/** A section, once its role's dashboard (a lazily loaded chunk) and its data have arrived. */
const region = (name: string | RegExp) => screen.findByRole('region', { name }, { timeout: 5000 });
const attentionOf = (section: HTMLElement) =>
  [...section.querySelectorAll('[data-urgency]')].map((line) => line.textContent);

/** Opens a chart's table and returns its rows' cells. */
function chartRows(section: HTMLElement, index = 0): string[][] {
  const buttons = within(section).getAllByRole('button', { name: 'Show as table' });
  fireEvent.click(buttons[index] as HTMLElement);
  const table = within(section)
    .getAllByRole('table')
    .filter((each) => !each.closest('[hidden]'));
  const shown = table.find((each) => each.closest('figure')) as HTMLElement;
  return [...shown.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

describe('the dashboards', () => {
  afterEach(cleanup);

  it('welcomes CEI staff and puts overdue vacancies before due ones, then letters waiting for them', async () => {
    renderDashboard(Role.CEI_STAFF, { StaffDashboard: staffData });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Test CEI_STAFF' });

    const vacancies = await region('Open vacancies');
    expect(attentionOf(vacancies)).toEqual([
      'Urgent: one vacancy is past its due date (Nov 9, 2026).',
      'Needs attention: one vacancy is due by Dec 13, 2026.',
    ]);
    const rows = within(vacancies).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-vacancy-status'))).toEqual(['OVERDUE', 'DUE']);

    const applications = await region('Applications by status');
    expect(attentionOf(applications)[0]).toMatch(/2 letters of interest are submitted/);
    // Letters waiting for staff first; each count links to the list, filtered.
    const links = within(applications).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Cohort III',
      'Submitted: 2',
      'Draft: 1',
      'All applications',
    ]);
    expect(decodeURIComponent(links[1]?.getAttribute('href') ?? '')).toBe(
      '/applications?filter={"cohortId":"c3","status":"SUBMITTED"}',
    );

    const convenings = await region('Upcoming convenings');
    expect(attentionOf(convenings)[0]).toMatch(
      /Demo convening 1, Dec 23, 2026, 9:00 AM PST, with an overnight stay/,
    );

    const stipends = await region('Stipends by status');
    expect(
      within(stipends)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Approved', 'Planned', 'Paid']);
    expect(attentionOf(stipends)[0]).toBe(
      'Needs attention: 6 approved stipends ($180,000.00) wait for payment.',
    );
  });

  it('gives each chart a summary and its data as a table, in the locale’s formats', async () => {
    renderDashboard(Role.CEI_ADMIN, { StaffDashboard: staffData });
    const funding = await region('Funding against the appropriation');
    expect(within(funding).getByRole('img').getAttribute('aria-label')).toMatch(
      /\$540,820\.26 of the \$13,274,000\.00 appropriation is committed and \$180,273\.42 paid; \$12,733,179\.74 remains/,
    );
    const toggle = within(funding).getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const rows = chartRows(funding);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(rows.slice(0, 4)).toEqual([
      ['Appropriation', '$13,274,000.00'],
      ['Committed', '$540,820.26'],
      ['Paid', '$180,273.42'],
      ['Remaining', '$12,733,179.74'],
    ]);
    expect(attentionOf(funding)).toEqual([
      'Needs attention: $253.26 in travel claims wait for a decision.',
    ]);

    const attendance = await region('Attendance per cohort');
    expect(chartRows(attendance)).toEqual([
      ['Cohort I', 'Year 1, convening 1', 'Aug 29, 2019', '45', '5', '2', '90%'],
      ['Cohort I', 'Year 1, convening 2', 'Sep 26, 2019', '36', '4', '0', '90%'],
    ]);
    expect(attentionOf(attendance)[0]).toMatch(
      /the lowest rate is Cohort I’s: 90% at Year 1, convening 2/,
    );
  });

  it('says so when nothing is over-committed or there is nothing to show', async () => {
    renderDashboard(Role.CEI_STAFF, {
      StaffDashboard: {
        ...staffData,
        cohorts: { nodes: [] },
        applicationCounts: [],
        overdue: [],
        due: [],
        convenings: { totalCount: 0, nodes: [] },
        stipendCounts: [],
        fundingSummary: {
          ...staffData.fundingSummary,
          remaining: '-1200.50',
          reimbursementsSubmitted: '0.00',
        },
      },
    });
    const vacancies = await region('Open vacancies');
    expect(attentionOf(vacancies)).toEqual([
      'All clear: no open vacancy: every required seat is filled or was never left.',
    ]);
    expect(within(vacancies).getByText('No vacancies to fill.')).toBeTruthy();
    expect(
      within(await region('Upcoming convenings')).getByText('No convening is scheduled yet.'),
    ).toBeTruthy();
    expect(
      within(await region('Stipends by status')).getByText('No stipends are scheduled.'),
    ).toBeTruthy();
    expect(
      within(await region('Applications by status')).getByText(
        'No cohort is recruiting and no letter of interest has been received.',
      ),
    ).toBeTruthy();
    const attendance = await region('Attendance per cohort');
    expect(within(attendance).queryByRole('img')).toBeNull();
    expect(within(attendance).getByText('No attendance has been recorded yet.')).toBeTruthy();
    expect(attentionOf(await region('Funding against the appropriation'))).toEqual([
      'Urgent: more is committed than was appropriated, by $1,200.50.',
    ]);
  });

  it('shows a liaison their teams, those needing attention first, and overdue follow-ups first', async () => {
    const { operations } = renderDashboard(Role.COE_LIAISON, { LiaisonDashboard: liaisonData });
    const teams = await region('Your county’s teams');
    const rows = within(teams).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-team'))).toEqual([
      'Val Verde Unified School District',
      'Riverside Unified School District',
      'Moreno Valley Unified School District',
    ]);
    expect(rows[1]?.textContent).toMatch(/Missing: Student/);
    expect(rows[0]?.textContent).toMatch(/1 overdue, 0 due/);
    expect(rows[0]?.textContent).toMatch(/none recorded80%/);
    expect(attentionOf(teams)).toEqual([
      'Needs attention: one of 3 teams is missing required roles: Riverside Unified School District.',
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/teams/team-val/show/roster');

    const checkIns = await region('Check-ins and follow-ups');
    expect(attentionOf(checkIns)).toEqual([
      'Urgent: one follow-up is past its due date.',
      'Note: one open follow-up.',
    ]);
    const followUps = within(checkIns)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(followUps[0]).toMatch(
      /^Call the principal\.Riverside Unified School District · was due Jan 1, 2020$/,
    );
    expect(followUps[1]).toMatch(/^Send the survey template\./);

    const metrics = await region('Metric progress against baseline');
    expect(attentionOf(metrics)).toEqual([
      'Needs attention: worse than the baseline: Riverside Unified School District (Family survey participation).',
    ]);
    expect(chartRows(metrics)).toEqual([
      ['Moreno Valley Unified School District', '30 percent', '36 percent', '+6 percent (better)'],
      ['Riverside Unified School District', '30 percent', '25 percent', '−5 percent (worse)'],
      ['Val Verde Unified School District', '30 percent', '36 percent', '+6 percent (better)'],
    ]);
    // The scope is the server's: the dashboard asks for the teams in scope, nothing wider.
    expect(operations.map((operation) => operation.operationName)).toEqual(['LiaisonDashboard']);
  });

  it('shows a CBO partner its teams, an empty partner seat first, and their cohorts’ next convenings', async () => {
    const { operations } = renderDashboard(Role.CBO_PARTNER, {
      PartnerDashboard: partnerData,
      UpcomingConvenings: upcomingData,
    });
    const teams = await region('Your organization’s teams');
    expect(
      within(teams)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.getAttribute('data-team')),
    ).toEqual(['Anaheim Union High School District', 'Oxnard School District']);
    expect(attentionOf(teams)).toEqual([
      'Needs attention: the community partner seat is empty on one team: Anaheim Union High School District.',
    ]);
    const convenings = await region('Upcoming convenings');
    await within(convenings).findByRole('link', { name: 'Demo convening 1' });
    expect(
      within(convenings)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('link').textContent),
    ).toEqual(['Demo convening 1', 'Demo convening 2']);
    // Their own cohort and the one they facilitate, each asked for once.
    expect(
      operations.find((operation) => operation.operationName === 'UpcomingConvenings')?.variables,
    ).toMatchObject({
      cohortIds: ['c1', 'c2'],
    });
  });

  it('shows a team lead the roles nobody holds, the overdue vacancy, the next convening and measurements', async () => {
    renderDashboard(Role.TEAM_LEAD, { LeadDashboard: leadData, UpcomingConvenings: upcomingData });
    const roster = await region('Roster gaps: Azusa Unified School District');
    expect(attentionOf(roster)).toEqual([
      'Urgent: required roles nobody holds: Student.',
      'Urgent: one vacancy is past its due date (Nov 9, 2026).',
    ]);
    expect(within(roster).getByText('Missing: Student')).toBeTruthy();
    expect(
      within(roster).getByText('No attendance recorded for your team in 2026-27 yet.', {
        exact: false,
      }),
    ).toBeTruthy();

    const next = await region('Your next convenings');
    await within(next).findByRole('link', { name: 'Demo convening 1' });

    const measurements = await region('Your measurements');
    expect(attentionOf(measurements)).toEqual([
      'Needs attention: worse than the baseline: Chronic absence.',
    ]);
    expect(within(measurements).getByRole('img').getAttribute('aria-label')).toMatch(
      /Baseline 20\.6 percent, latest 22\.1 percent: \+1\.5 percent \(worse\)/,
    );
    expect(chartRows(measurements)).toEqual([
      ['2019-20 (Baseline)', '20.6 percent', '—'],
      ['2020-21', '19.5 percent', '−1.1'],
      ['Jul 1, 2021 – Dec 31, 2021', '22.1 percent', '+1.5'],
    ]);
  });

  it('shows an API partner counts and statewide outcomes, and no roster section', async () => {
    renderDashboard(Role.API_PARTNER, { ApiDashboard: apiData });
    const directory = await region('Directory');
    expect(directory.querySelector('[data-count="countyOffices"]')?.textContent).toBe('58');
    expect(within(directory).getByText(/Active, 6 teams, attendance 90%/)).toBeTruthy();

    const outcomes = await region('Statewide outcomes');
    expect(attentionOf(outcomes)).toEqual([
      'Note: Chronic absence: 9 of 18 teams are better than their baseline, the fewest of any metric.',
    ]);
    expect(chartRows(outcomes)[0]).toEqual([
      'Family survey participation (Higher is better)',
      '18',
      '15',
      '0',
      '3',
      '31.5 percent',
      '36.25 percent',
    ]);
    expect(screen.queryByRole('region', { name: 'Open vacancies' })).toBeNull();
    expect(
      within(await region('Attendance per cohort')).getByText(/fewer than five people/),
    ).toBeTruthy();
  });

  it('reads in Spanish, with amounts, rates and dates in the Spanish locale’s formats', async () => {
    // The dashboard's own messages in Spanish (the app's Spanish file adds the rest).
    const spanish = polyglotI18nProvider(
      () => ({ ...en, cei: { ...en.cei, dashboard: dashboardEs } }),
      'es',
      [{ locale: 'es', name: 'Español' }],
      { allowMissing: true, interpolation: POLYGLOT_INTERPOLATION },
    );
    renderDashboard(Role.CEI_STAFF, { StaffDashboard: staffData }, spanish);
    await screen.findByRole('heading', {
      level: 1,
      name: 'Le damos la bienvenida, Test CEI_STAFF',
    });
    const funding = await region('Financiamiento frente a la asignación');
    fireEvent.click(within(funding).getByRole('button', { name: 'Ver como tabla' }));
    const table = within(funding).getByRole('region', {
      name: 'Tabla: Asignación, fondos comprometidos, pagados y restantes',
    });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe(
      `Asignación${formatMoney('13274000.00', 'es')}`,
    );
    const attendance = await region('Asistencia por cohorte');
    fireEvent.click(within(attendance).getByRole('button', { name: 'Ver como tabla' }));
    const firstDay = new Intl.DateTimeFormat('es-US', {
      timeZone: 'America/Los_Angeles',
      dateStyle: 'medium',
    }).format(new Date('2019-08-29T16:00:00.000Z'));
    const rate = new Intl.NumberFormat('es-US', { style: 'percent' }).format(0.9);
    const cells = within(attendance).getAllByRole('row')[1]?.querySelectorAll('th, td') ?? [];
    // Names come from the data as they are; the rest in the locale's formats.
    expect(Array.from(cells, (cell) => cell.textContent)).toEqual([
      'Cohort I',
      'Year 1, convening 1',
      firstDay,
      '45',
      '5',
      '2',
      rate,
    ]);
    expect(attentionOf(await region('Vacantes abiertas'))[0]).toMatch(
      /^Urgente: una vacante pasó su fecha límite/,
    );
  });
});
