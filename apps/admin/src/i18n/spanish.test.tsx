import { Role, TeamRole, TeamRoleRequirement } from '@cei/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  Admin,
  AdminContext,
  type I18nProvider,
  memoryStore,
  Resource,
  TestMemoryRouter,
} from 'react-admin';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../auth/LoginPage';
import { SignInScreen } from '../auth/SignInScreen';
import { Layout } from '../layout/Layout';
import { resources } from '../resources';
import { englishAmong, shownTexts } from '../testing/englishTexts';
import { type FakeOperation, fakeServer } from '../testing/fakeServer';
import { signedInAs } from '../testing/signedInAs';
import { es } from './es';
import { i18nProvider } from './i18nProvider';
import { rememberLanguage } from './languages';
import { type MessageTree, messageAt } from './messages';

/**
 * Screens rendered in Spanish show no English: none of the English texts of `en.ts` or of the
 * domain's labels where the Spanish differs, and react-admin asks for no field label, resource
 * name or message the Spanish lacks (it would fall back to English).
 */

function englishShown(): string[] {
  return englishAmong(shownTexts(document.body));
}

/** The keys react-admin and the screens asked for that have no Spanish text. */
const missing = new Set<string>();
const ASKED = /^(ra\.|cei\.|resources\.[^.]+\.(name|fields\.))/;
const recording: I18nProvider = {
  ...i18nProvider,
  translate: (key: string, options?: Record<string, unknown>) => {
    if (ASKED.test(key) && !messageAt(es as unknown as MessageTree, key)) missing.add(key);
    return i18nProvider.translate(key, options);
  },
};

const cohort = {
  __typename: 'Cohort',
  id: 'c1',
  version: 1,
  number: 2,
  name: 'Cohort II',
  phase: 'CEI_1_0',
  status: 'RECRUITING',
  description: null,
  applicationOpensAt: '2022-03-01T17:00:00.000Z',
  applicationDueAt: '2022-06-16T16:00:00.000Z',
  firstConveningOn: '2022-08-29',
  minimumCommitmentYears: 3,
  conveningsExpectedPerYear: 8,
  stipendPerTeamPerYear: '30000.00',
  teamCount: { __typename: 'TeamPage', totalCount: 12 },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const team = {
  __typename: 'Team',
  id: 't1',
  version: 1,
  name: 'Azusa Unified School District',
  inScope: true,
  status: 'ACTIVE',
  joinedOn: '2019-08-29',
  commitmentEndsOn: '2022-06-30',
  isConsortium: false,
  problemOfPractice: 'Families of English learners',
  cohort: { __typename: 'Cohort', id: 'c1', name: 'Cohort II' },
  leadLea: {
    __typename: 'Organization',
    id: 'o1',
    name: 'Azusa Unified School District',
    countyOffice: { __typename: 'Organization', id: 'o0', name: 'Los Angeles COE' },
  },
  memberLeas: [],
  focusSchool: null,
  application: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const membership = {
  __typename: 'Membership',
  id: 'm1',
  version: 1,
  role: TeamRole.STUDENT,
  startedOn: '2021-08-01',
  endedOn: null,
  endReason: null,
  endNote: null,
  person: { __typename: 'Person', id: 'p1', givenName: null, familyName: null },
  team: { __typename: 'Team', id: 't1', name: 'Azusa Unified School District' },
  organization: null,
};

const person = {
  __typename: 'Person',
  id: 'p2',
  version: 1,
  kind: 'FAMILY_MEMBER',
  givenName: 'Ana',
  familyName: 'Ruiz',
  title: null,
  email: 'ana@example.org',
  phone: null,
  preferredLanguage: 'SPANISH',
  employer: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const application = {
  __typename: 'Application',
  id: 'a1',
  version: 1,
  status: 'DRAFT',
  isLate: false,
  deadline: '2099-06-16T16:00:00.000Z',
  submittedAt: null,
  decidedAt: null,
  totalScore: null,
  rank: null,
  missingParts: ['motivation', 'signedOn'],
  cohort: { __typename: 'Cohort', id: 'c1', name: 'Cohort II' },
  lea: { __typename: 'Organization', id: 'o1', name: 'Azusa Unified School District' },
  memberLeas: [],
  focusSchool: null,
  team: null,
  contactName: 'Ana Ruiz',
  contactPhone: null,
  contactEmail: null,
  superintendentName: null,
  signedOn: null,
  documents: { __typename: 'ApplicationDocumentPage', nodes: [] },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const page = (nodes: unknown[]) => ({ data: { page: { nodes, totalCount: nodes.length } } });

function answer({ operationName }: FakeOperation): Record<string, unknown> {
  switch (operationName) {
    case 'Cohorts':
      return page([cohort]);
    case 'Team':
      return { data: { record: team } };
    case 'Memberships':
      return page([membership]);
    case 'People':
      return page([person]);
    case 'Application':
      return { data: { record: application } };
    case 'TeamHealth':
      return {
        data: {
          team: {
            __typename: 'Team',
            id: 't1',
            composition: {
              asOf: '2025-03-20',
              isComplete: false,
              missingRoles: [TeamRole.FAMILY_MEMBER],
              roles: [
                {
                  role: TeamRole.STUDENT,
                  requirement: TeamRoleRequirement.REQUIRED_FOR_HIGH_SCHOOL,
                  isRequired: true,
                  activeCount: 1,
                  isMissing: false,
                },
                {
                  role: TeamRole.FAMILY_MEMBER,
                  requirement: TeamRoleRequirement.REQUIRED,
                  isRequired: true,
                  activeCount: 0,
                  isMissing: true,
                },
              ],
            },
            vacancies: [],
          },
        },
      };
    default:
      return page([]);
  }
}

/** Waits for a text: the first screen of a resource loads its lazy chunk first. */
const shows = (text: string) => screen.findByText(text, undefined, { timeout: 20_000 });

/** The whole app, signed in as CEI staff, in Spanish, at `path`. */
function renderApp(path: string) {
  const server = fakeServer(answer);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={server.dataProvider}
        authProvider={signedInAs(Role.CEI_STAFF)}
        i18nProvider={recording}
        store={memoryStore({ locale: 'es' })}
        layout={Layout}
      >
        {resources.map(({ props }) => (
          <Resource key={props.name} {...props} />
        ))}
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('the screens in Spanish', { timeout: 60_000 }, () => {
  // Names built outside React (a hidden person's) follow the app's own provider's locale.
  beforeAll(() => i18nProvider.changeLocale('es'));
  afterAll(() => i18nProvider.changeLocale('en'));
  afterEach(() => {
    cleanup();
    missing.clear();
    vi.unstubAllGlobals();
  });

  it('show a list with its menu, app bar, filters and columns in Spanish only', async () => {
    renderApp('/cohorts');
    await shows('Cohort II');
    expect(screen.getByRole('button', { name: 'Idioma: Español' })).toBeTruthy();
    expect(screen.getByText('Programa')).toBeTruthy();
    expect(screen.getByText('Fecha límite de solicitudes')).toBeTruthy();
    expect(screen.getByText('En reclutamiento')).toBeTruthy();
    // A date in the Spanish of the United States, in Pacific time.
    expect(screen.getByText('16 jun 2022, 9:00 a.m. PDT')).toBeTruthy();
    expect(englishShown()).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  it('show a team’s summary and roster in Spanish only', async () => {
    renderApp('/teams/t1/show');
    await shows('Families of English learners');
    expect(screen.getByText('29 ago 2019')).toBeTruthy();
    expect(englishShown()).toEqual([]);

    fireEvent.click(screen.getByRole('tab', { name: 'Integrantes' }));
    await shows('Nombre no visible');
    await shows('Falta una función obligatoria.');
    expect(englishShown()).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  it('show the people list in Spanish only', async () => {
    renderApp('/people');
    await shows('Ana Ruiz');
    expect(screen.getByText('Familiar')).toBeTruthy();
    expect(englishShown()).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  it('show a draft application and what it lacks in Spanish only', async () => {
    renderApp('/applications/a1/show');
    await shows('Todavía faltan 2 partes:');
    await waitFor(() => expect(screen.getByText('Sin puntuación todavía')).toBeTruthy());
    expect(englishShown()).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  /**
   * The sign-in card asks the server for a trial install's demo sign-ins: here, a server with
   * none, rather than whatever answers on the test page's own address.
   */
  function serverWithoutDemoSignIns() {
    vi.stubGlobal('fetch', async () => ({ json: async () => ({ data: { demoSignIns: [] } }) }));
  }

  it('show the sign-in page in Spanish, with the language menu', async () => {
    serverWithoutDemoSignIns();
    render(
      <AdminContext i18nProvider={recording} store={memoryStore({ locale: 'es' })}>
        <LoginPage />
      </AdminContext>,
    );
    await screen.findByRole('button', { name: 'Iniciar sesión' });
    expect(screen.getByLabelText(/Correo electrónico/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Idioma: Español' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(englishShown()).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  it('show the first visit’s sign-in page, before the app loads, in Spanish', async () => {
    serverWithoutDemoSignIns();
    rememberLanguage('es');
    try {
      render(<SignInScreen onSignedIn={() => undefined} />);
      await screen.findByRole('button', { name: 'Iniciar sesión' });
      expect(screen.getByLabelText(/Correo electrónico/)).toBeTruthy();
      expect(screen.getByLabelText(/Contraseña/)).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Idioma: Español' })).toBeTruthy();
      expect(document.documentElement.lang).toBe('es');
      expect(document.title).toBe('Administración de CEI');
      expect(englishShown()).toEqual([]);
    } finally {
      window.localStorage.clear();
    }
  });
});

describe('the check itself', () => {
  it('finds English texts, with their values, and lets Spanish ones through', () => {
    const matches = (text: string) => englishAmong([text]).length > 0;
    expect(matches('Due in 12 days')).toBe(true);
    expect(matches('Save')).toBe(true);
    expect(matches('Student')).toBe(true);
    expect(matches('Vence en 12 días')).toBe(false);
    expect(matches('Guardar')).toBe(false);
    expect(matches('Azusa Unified School District')).toBe(false);
  });
});
