import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createErrorFormatter } from '../graphql/errors.js';
import type { GraphqlClient, GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';
import { inLanguage } from './request-language.js';

/**
 * The same bad requests over real HTTP, asked for in English and in Spanish: the codes and field
 * paths clients key on are the same, the messages are in the language asked for.
 */

const context = useTestServer();

interface Answer {
  status: number;
  vary: string | null;
  errors: NonNullable<GraphqlResponse['errors']>;
}

async function ask(
  credentials: GraphqlClient['credentials'],
  acceptLanguage: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
  if (acceptLanguage !== undefined) headers['accept-language'] = acceptLanguage;
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse;
  return { status: response.status, vary: response.headers.get('vary'), errors: body.errors ?? [] };
}

/** What a client keys on: each error's code and its field paths. */
const shape = (answer: Answer) =>
  answer.errors.map((error) => ({
    code: error.extensions?.code,
    paths: error.extensions?.fields?.map((field) => field.path),
  }));

const CREATE_ORGANIZATION =
  'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const UPDATE_ORGANIZATION =
  'mutation ($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id } }';
const DELETE_ORGANIZATION = 'mutation ($id: ID!) { deleteOrganization(id: $id) }';
const OPEN_RECRUITMENT =
  'mutation ($id: ID!, $version: Int!, $input: OpenRecruitmentInput!) { openRecruitment(cohortId: $id, version: $version, input: $input) { id } }';
const CREATE_STIPEND =
  'mutation ($input: CreateStipendInput!) { createStipend(input: $input) { id } }';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let admin: GraphqlClient['credentials'];
let apiToken: GraphqlClient['credentials'];
let activeCohort: { id: string; version: number };
let riverside: { id: string; version: number };

beforeAll(async () => {
  const { server } = context;
  admin = server.credentials;
  const cohorts = await server.graphql<{
    cohorts: { nodes: { id: string; version: number; status: string }[] };
  }>('{ cohorts(limit: 100) { nodes { id version status } } }');
  const cohort = cohorts.data?.cohorts.nodes.find((node) => node.status === 'ACTIVE');
  if (!cohort) throw new Error('no active cohort in the reference data');
  activeCohort = cohort;
  const found = await server.graphql<{
    organizations: { nodes: { id: string; version: number }[] };
  }>('{ organizations(filter: { q: "Riverside Unified" }) { nodes { id version } } }');
  riverside = found.data?.organizations.nodes[0] as { id: string; version: number };
  const created = await server.graphql<{ createAccount: { id: string } }>(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { email: 'partner-api@example.org', displayName: 'Partner', role: 'API_PARTNER' } },
  );
  const issued = await server.graphql<{ issueApiToken: { token: string } }>(
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }',
    {
      input: {
        accountId: created.data?.createAccount.id,
        name: 'Messages test',
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  apiToken = server.withToken(issued.data?.issueApiToken.token ?? '').credentials;
});

const cases: {
  title: string;
  who: () => GraphqlClient['credentials'];
  query: string;
  variables: () => Record<string, unknown>;
  status?: number;
  en: (string | RegExp)[];
  es: (string | RegExp)[];
}[] = [
  {
    title: 'input validation (class-validator)',
    who: () => admin,
    query: CREATE_ORGANIZATION,
    variables: () => ({ input: { kind: 'LEA', name: '', countyOfficeId: 'nineteen' } }),
    en: ['Name: must be between 1 and 200 characters', 'County office: must be an id'],
    es: [
      'Nombre: debe tener entre 1 y 200 caracteres',
      'Oficina de educación del condado: debe ser un id válido',
    ],
  },
  {
    title: "a service's rule",
    who: () => admin,
    query: CREATE_ORGANIZATION,
    variables: () => ({ input: { kind: 'SCHOOL', name: 'Escuela Sin Distrito' } }),
    en: ['LEA: is required for a school'],
    es: ['LEA: es obligatoria para una escuela'],
  },
  {
    title: 'a required field left out (variable coercion)',
    who: () => admin,
    query: CREATE_ORGANIZATION,
    variables: () => ({ input: { kind: 'LEA' } }),
    en: ['Name: is required'],
    es: ['Nombre: es obligatorio'],
  },
  {
    title: 'a Decimal the scalar refuses',
    who: () => admin,
    query: CREATE_STIPEND,
    variables: () => ({ input: { teamId: UNKNOWN_ID, programYear: '2023-24', amount: '12.345' } }),
    en: ['Amount: must be a Decimal such as "30000.00" (digits, at most two decimals)'],
    es: ['Monto: debe ser un Decimal como "30000.00" (dígitos, con dos decimales como máximo)'],
  },
  {
    title: 'a status move, naming statuses by their Spanish labels',
    who: () => admin,
    query: OPEN_RECRUITMENT,
    variables: () => ({
      id: activeCohort.id,
      version: activeCohort.version,
      input: { opensAt: '2030-01-01T17:00:00.000Z', dueAt: '2030-03-01T17:00:00.000Z' },
    }),
    en: [/^Status: .+ is Active; only a planned cohort can open recruitment$/],
    es: [
      /^Estado: .+ está en estado Activa; solo una cohorte en estado Planificada puede abrir el reclutamiento$/,
    ],
  },
  {
    title: 'an unknown record',
    who: () => admin,
    query: DELETE_ORGANIZATION,
    variables: () => ({ id: UNKNOWN_ID }),
    en: [`Organization ${UNKNOWN_ID} was not found.`],
    es: [`No se encontró el registro ${UNKNOWN_ID} (organización).`],
  },
  {
    title: 'a stale version',
    who: () => admin,
    query: UPDATE_ORGANIZATION,
    variables: () => ({ id: riverside.id, version: riverside.version - 1, input: {} }),
    en: [/^Organization .+ was changed by someone else \(version \d+, you sent \d+\)/],
    es: [
      /^Otra persona modificó el registro .+ \(organización\) mientras tanto: usted envió la versión \d+ y la actual es la \d+\./,
    ],
  },
  {
    title: 'a write with an API token',
    who: () => apiToken,
    query: DELETE_ORGANIZATION,
    variables: () => ({ id: UNKNOWN_ID }),
    en: ['API tokens are read-only.'],
    es: ['Los tokens de API son de solo lectura.'],
  },
  {
    title: 'an API token that is not valid',
    who: () => ({ bearer: 'cei_not-a-token' }),
    query: '{ me { id } }',
    variables: () => ({}),
    status: 401,
    en: ['The API token is not valid: it is unknown, expired or revoked.'],
    es: ['El token de API no es válido: no existe, venció o fue revocado.'],
  },
  {
    title: 'the public asking for a mutation',
    who: () => ({}),
    query: DELETE_ORGANIZATION,
    variables: () => ({ id: UNKNOWN_ID }),
    en: ['Sign in first.'],
    es: ['Inicie sesión primero.'],
  },
];

describe('error messages', () => {
  it.each(cases)(
    'answer $title in English and in Spanish with the same codes and paths',
    async ({ who, query, variables, status, en, es }) => {
      const english = await ask(who(), 'en', query, variables());
      const spanish = await ask(who(), 'es', query, variables());
      expect(english.errors.length).toBeGreaterThan(0);
      expect(shape(spanish)).toEqual(shape(english));
      expect(spanish.status).toBe(english.status);
      if (status) expect(english.status).toBe(status);
      const messages = (answer: Answer) => answer.errors.map((error) => error.message).join('\n');
      for (const text of en) expect(messages(english)).toMatch(text);
      for (const text of es) expect(messages(spanish)).toMatch(text);
      // Field messages too, under the same paths.
      const fieldMessages = (answer: Answer) =>
        answer.errors.flatMap((error) => error.extensions?.fields?.map((f) => f.message) ?? []);
      expect(fieldMessages(spanish)).toHaveLength(fieldMessages(english).length);
      for (const message of fieldMessages(spanish)) {
        expect(fieldMessages(english)).not.toContain(message);
      }
      expect(spanish.vary).toMatch(/accept-language/i);
    },
  );

  it.each([
    [undefined, 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-419,es;q=0.9,en;q=0.8', 'es'],
    ['fr-FR, es;q=0.5', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['es;q=0.2, en;q=0.9', 'en'],
    ['es;q=0', 'en'],
    ['de', 'en'],
    ['*', 'en'],
  ])('read Accept-Language %j as %s', async (header, language) => {
    const answer = await ask(admin, header, DELETE_ORGANIZATION, { id: UNKNOWN_ID });
    expect(answer.errors[0]?.message).toBe(
      language === 'es'
        ? `No se encontró el registro ${UNKNOWN_ID} (organización).`
        : `Organization ${UNKNOWN_ID} was not found.`,
    );
  });

  it('say an unexpected error in Spanish too, with the id to quote', () => {
    const format = createErrorFormatter(pino({ level: 'silent' }));
    const formatted: GraphQLFormattedError = { message: 'boom', path: ['x'] };
    const spanish = inLanguage('es', () => format(formatted, new Error('boom')));
    const english = format(formatted, new Error('boom'));
    expect(spanish.message).toBe(`Error interno del servidor (id ${spanish.extensions?.errorId}).`);
    expect(english.message).toBe(`Internal server error (id ${english.extensions?.errorId}).`);
    expect(spanish.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
