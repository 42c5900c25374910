import { Role } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Papa from 'papaparse';
import type { ComponentType } from 'react';
import {
  AdminContext,
  type I18nProvider,
  memoryStore,
  Notification,
  ResourceContextProvider,
} from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountList } from '../../accounts/AccountList';
import { ApplicationList } from '../../applications/ApplicationList';
import { ReviewList } from '../../applications/ReviewList';
import { AuditEventList } from '../../audit/AuditEventList';
import { CohortList } from '../../cohorts/CohortList';
import { AttendanceList } from '../../convenings/AttendanceList';
import { ConveningList } from '../../convenings/ConveningList';
import { ReimbursementList } from '../../funding/ReimbursementList';
import { StipendList } from '../../funding/StipendList';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { OutboxEmailList } from '../../newsletter/OutboxEmailList';
import { SubscriptionList } from '../../newsletter/SubscriptionList';
import { LeadAgencyList } from '../../organizations/LeadAgencyList';
import { OrganizationList } from '../../organizations/OrganizationList';
import { CheckInList } from '../../outcomes/CheckInList';
import { DeliverableList } from '../../outcomes/DeliverableList';
import { MeasurementList } from '../../outcomes/MeasurementList';
import { MetricList } from '../../outcomes/MetricList';
import { MembershipList } from '../../rosters/MembershipList';
import { PersonList } from '../../rosters/PersonList';
import { TeamList } from '../../teams/TeamList';
import { type FakeOperation, fakeServer } from '../../testing/fakeServer';
import { signedInAs } from '../../testing/signedInAs';

/**
 * Every list exports the columns it shows, titled as it titles them: each list is rendered with
 * one row, its "Export CSV" clicked, and the file's header compared with the table's.
 */
const LISTS: { resource: string; List: ComponentType; role: Role }[] = [
  { resource: 'accounts', List: AccountList, role: Role.CEI_ADMIN },
  { resource: 'applications', List: ApplicationList, role: Role.CEI_STAFF },
  { resource: 'reviews', List: ReviewList, role: Role.CEI_STAFF },
  { resource: 'auditEvents', List: AuditEventList, role: Role.CEI_ADMIN },
  { resource: 'cohorts', List: CohortList, role: Role.CEI_STAFF },
  { resource: 'attendances', List: AttendanceList, role: Role.CEI_STAFF },
  { resource: 'convenings', List: ConveningList, role: Role.CEI_STAFF },
  { resource: 'reimbursements', List: ReimbursementList, role: Role.CEI_STAFF },
  { resource: 'stipends', List: StipendList, role: Role.CEI_STAFF },
  { resource: 'outboxEmails', List: OutboxEmailList, role: Role.CEI_ADMIN },
  { resource: 'subscriptions', List: SubscriptionList, role: Role.CEI_STAFF },
  { resource: 'leadAgencies', List: LeadAgencyList, role: Role.CEI_STAFF },
  { resource: 'organizations', List: OrganizationList, role: Role.CEI_STAFF },
  { resource: 'checkIns', List: CheckInList, role: Role.COE_LIAISON },
  { resource: 'deliverables', List: DeliverableList, role: Role.CEI_STAFF },
  { resource: 'measurements', List: MeasurementList, role: Role.TEAM_LEAD },
  { resource: 'metrics', List: MetricList, role: Role.CEI_STAFF },
  { resource: 'memberships', List: MembershipList, role: Role.CEI_STAFF },
  { resource: 'people', List: PersonList, role: Role.CEI_STAFF },
  { resource: 'people', List: PersonList, role: Role.COE_LIAISON },
  { resource: 'teams', List: TeamList, role: Role.CEI_STAFF },
];

let files: Blob[];

beforeEach(() => {
  files = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
    files.push(file as Blob);
    return 'blob:export';
  });
  // The download link's click would make happy-dom navigate to the blob.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The interface's messages, switched to `language` before the list first renders. */
async function messagesIn(language: 'en' | 'es'): Promise<I18nProvider> {
  const provider = createI18nProvider();
  await provider.changeLocale(language);
  return provider;
}

const EXPORT = { en: 'Export CSV', es: 'Exportar CSV' };
const ACTIONS = { en: 'Actions', es: 'Acciones' };

function renderList(
  resource: string,
  List: ComponentType,
  role: Role,
  respond: (operation: FakeOperation) => Record<string, unknown>,
  i18nProvider?: I18nProvider,
) {
  const server = fakeServer(respond);
  render(
    <AdminContext
      dataProvider={server.dataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider ?? createI18nProvider()}
      store={memoryStore()}
    >
      <ResourceContextProvider value={resource}>
        <List />
      </ResourceContextProvider>
      <Notification />
    </AdminContext>,
  );
  return server;
}

/**
 * Lists answer one row (enough for the table to show its header); anything else, nothing. The
 * row has no fields but one a column cannot render without: a disabled account (an enabled
 * one's empty Tooltip child in AccountList fails React's development build).
 */
const oneRow = (operation: FakeOperation) =>
  'limit' in operation.variables
    ? {
        data: {
          page: {
            nodes: [{ __typename: 'Record', id: 'r1', disabledAt: '2024-01-01T00:00:00.000Z' }],
            totalCount: 1,
          },
        },
      }
    : { data: {} };

async function exportedCsv(language: 'en' | 'es' = 'en'): Promise<string[][]> {
  fireEvent.click(await screen.findByRole('button', { name: EXPORT[language] }, { timeout: 5000 }));
  await waitFor(() => expect(files).toHaveLength(1));
  const text = await (files[0] as Blob).text();
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;
}

describe('every list’s export', () => {
  // In both languages: a header written differently from the column's label shows in one.
  const cases = LISTS.flatMap((list) =>
    (['en', 'es'] as const).map((language) => ({ ...list, language })),
  );
  it.each(cases)(
    'of $resource (as $role, in $language) has the columns and headers of the table',
    async ({ resource, List, role, language }) => {
      renderList(resource, List, role, oneRow, await messagesIn(language));
      const headerCells = await screen.findAllByRole('columnheader', {}, { timeout: 5000 });
      const shown = headerCells
        .map((cell) => cell.textContent?.trim() ?? '')
        // The row-actions column holds buttons, not data.
        .filter((text) => text !== '' && text !== ACTIONS[language]);
      const [header] = await exportedCsv(language);
      expect(header).toEqual(shown);
    },
  );
});

describe('the export button', () => {
  it('pages through every matching record, 100 at a time, with the list’s filter and sort', async () => {
    const teams = Array.from({ length: 230 }, (_, index) => ({
      __typename: 'Team',
      id: `t${index}`,
      name: index === 7 ? '=HYPERLINK("http://evil.example")' : `Team ${index}`,
      status: 'ACTIVE',
      joinedOn: '2021-01-21',
      cohort: { __typename: 'Cohort', id: 'c2', name: 'Cohort II' },
    }));
    const { operations } = renderList('teams', TeamList, Role.CEI_STAFF, (operation) => {
      const { offset = 0, limit = 25 } = operation.variables as { offset?: number; limit?: number };
      return {
        data: {
          page: { nodes: teams.slice(offset, offset + limit), totalCount: teams.length },
        },
      };
    });
    await screen.findByText('Team 0');
    const rows = await exportedCsv();

    expect(rows).toHaveLength(231);
    expect(rows[1]).toEqual(['Team 0', 'Cohort II', '', '', 'Active', '2021-01-21', '']);
    expect(rows[8]?.[0]).toBe(`'=HYPERLINK("http://evil.example")`);
    const pages = operations
      .filter(
        (operation) => operation.operationName === 'Teams' && operation.variables.limit === 100,
      )
      .map((operation) => operation.variables);
    expect(pages.map((page) => page.offset)).toEqual([0, 100, 200]);
    for (const page of pages) {
      expect(page.orderBy).toEqual([{ field: 'NAME', direction: 'ASC' }]);
    }
  });

  it('tells what went wrong when a page fails, and downloads nothing', async () => {
    renderList('teams', TeamList, Role.CEI_STAFF, (operation) =>
      operation.operationName === 'Teams' && operation.variables.limit === 100
        ? { errors: [{ message: 'The server is down', extensions: { code: 'INTERNAL' } }] }
        : oneRow(operation),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/The export failed: .*The server is down/);
    expect(files).toHaveLength(0);
  });
});
