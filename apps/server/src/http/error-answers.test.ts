import { describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../testing/database-snapshot.js';
import type { GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * Every answer of /graphql, even to a request that never reaches GraphQL, is JSON in GraphQL's
 * shape with a code; none shows a stack, a file path or SQL. Bad text is a field error.
 */

const context = useTestServer();

const CREATE_PERSON =
  'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }';

async function post(
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string | null; text: string }> {
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: context.server.credentials.cookie ?? '',
      ...headers,
    },
    body,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** Nothing of the server's insides: no stack frame, no file path, no HTML page. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|\/dist\/|<html|<pre/i);
}

describe('requests GraphQL never sees', () => {
  const cases: {
    title: string;
    body: () => string;
    status: number;
    code: string;
    message: RegExp;
  }[] = [
    {
      title: 'a body over the limit is 413 PAYLOAD_TOO_LARGE naming the limit',
      body: () =>
        JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(17 * 1024 * 1024) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: /16 MB/,
    },
    {
      title: 'malformed JSON is 400 BAD_REQUEST',
      body: () => '{"query": "{ __typename }"',
      status: 400,
      code: 'BAD_REQUEST',
      message: /JSON/,
    },
  ];
  it.each(cases)('$title', async ({ body, status, code, message }) => {
    const answer = await post(body());
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/application\/(graphql-response\+)?json/);
    const parsed = JSON.parse(answer.text) as GraphqlResponse;
    expect(parsed.errors?.[0]?.extensions?.code).toBe(code);
    expect(parsed.errors?.[0]?.message).toMatch(message);
    expectNoInternals(answer.text);
  });

  it('answers 400, not 500, to a query of 10,000 fields', async () => {
    const fields = Array.from({ length: 10_000 }, () => '__typename').join(' ');
    const answer = await post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(answer.status).toBe(400);
    const parsed = JSON.parse(answer.text) as GraphqlResponse;
    expect(parsed.errors?.[0]?.message).toMatch(/token/i);
    expectNoInternals(answer.text);
  });
});

describe('bad text is a field error naming the field, in the caller language', () => {
  const person = (givenName: string) => ({ givenName, familyName: 'Rivera' });
  const cases: {
    title: string;
    body: () => string | Buffer;
    path: string;
    en: RegExp;
    es: RegExp;
  }[] = [
    {
      title: 'a NUL character',
      body: () =>
        JSON.stringify({ query: CREATE_PERSON, variables: { input: person('Ana\u0000') } }),
      path: 'input.givenName',
      en: /control character/,
      es: /carácter de control/,
    },
    {
      title: 'a NUL character in a CSV file',
      body: () =>
        JSON.stringify({
          query: 'mutation ($input: PreviewImportInput!) { previewImport(input: $input) { id } }',
          variables: {
            input: {
              kind: 'PEOPLE_AND_MEMBERSHIPS',
              fileName: 'people.csv',
              content: 'given_name,family_name\nAna\u0000,Ruiz\n',
            },
          },
        }),
      path: 'input.content',
      en: /control character/,
      es: /carácter de control/,
    },
    {
      title: 'a lone surrogate',
      // JSON.stringify writes a lone surrogate as the escape \udc00, as a hostile client would.
      body: () =>
        JSON.stringify({ query: CREATE_PERSON, variables: { input: person('Ana\udc00') } }),
      path: 'input.givenName',
      en: /not valid Unicode/,
      es: /no es Unicode válido/,
    },
    {
      title: 'bytes that are not UTF-8',
      body: () =>
        Buffer.concat([
          Buffer.from(
            `{"query":${JSON.stringify(CREATE_PERSON)},"variables":{"input":{"familyName":"Rivera","givenName":"Ana`,
          ),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('"}}}'),
        ]),
      path: 'input.givenName',
      en: /not valid UTF-8/,
      es: /no es UTF-8 válido/,
    },
    {
      title: 'the date 0000-01-01',
      body: () =>
        JSON.stringify({
          query:
            'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
          variables: {
            input: { personId: '1', teamId: '1', role: 'FAMILY_MEMBER', startedOn: '0000-01-01' },
          },
        }),
      path: 'input.startedOn',
      en: /in the years 1 to 9999/,
      es: /entre los años 1 y 9999/,
    },
  ];
  it.each(cases)('$title', async ({ body, path, en, es }) => {
    const before = await databaseSnapshot(context.server.orm);
    for (const [language, message] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const answer = await post(body(), { 'accept-language': language });
      expectNoInternals(answer.text);
      const error = (JSON.parse(answer.text) as GraphqlResponse).errors?.[0];
      expect(error?.extensions?.code, language).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.fields?.[0]?.path, language).toBe(path);
      expect(error?.extensions?.fields?.[0]?.message, language).toMatch(message);
    }
    expect(await databaseSnapshot(context.server.orm)).toEqual(before);
  });

  it('refuses control characters written in the query itself too', async () => {
    const answer = await post(
      JSON.stringify({
        query: `mutation { createPerson(input: { givenName: "Ana\\u0000", familyName: "Rivera" }) { id } }`,
      }),
    );
    const error = (JSON.parse(answer.text) as GraphqlResponse).errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields?.[0]?.path).toBe('input.givenName');
  });

  it('keeps line breaks, tabs and every other character', async () => {
    const givenName = 'Ana María\tJosé\n— 😀 �';
    const { data, errors } = await context.server.graphql<{ createPerson: { id: string } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id givenName } }',
      { input: person(givenName) },
    );
    expect(errors).toBeUndefined();
    expect(data?.createPerson).toMatchObject({ givenName });
  });
});
