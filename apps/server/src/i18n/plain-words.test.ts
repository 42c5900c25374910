import { beforeAll, describe, expect, it } from 'vitest';
import { notInWords } from '../testing/plain-words.js';
import type { GraphqlResponse } from '../testing/test-server.js';
import { useTestServer } from '../testing/vitest.js';

/**
 * Refusals read in words in English as in Spanish, from the same labels: no vocabulary code,
 * camelCase field name or ISO date (the messages people met were "Role: COMMUNITY_PARTNER is
 * not a seat for a person of kind FAMILY_MEMBER", "must be after startsAt", "must be after
 * startedOn (2021-01-21)").
 */

const context = useTestServer({ demo: true });

async function refusal(
  language: 'en' | 'es',
  query: string,
  variables: Record<string, unknown>,
): Promise<string> {
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: context.server.credentials.cookie ?? '',
      'accept-language': language,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse;
  return body.errors?.map((error) => error.message).join('\n') ?? '';
}

const { sql } = context;

let familyMember: string;
let team: string;
let cohort: string;
let membership: { id: string; version: number; startedOn: string };

beforeAll(async () => {
  [{ id: familyMember } = { id: '' }] = await sql<{ id: string }>(
    "select id from person where kind = 'FAMILY_MEMBER' limit 1",
  );
  [{ id: team, cohort } = { id: '', cohort: '' }] = await sql<{ id: string; cohort: string }>(
    'select id, cohort_id as cohort from team order by name limit 1',
  );
  [membership = { id: '', version: 0, startedOn: '' }] = await sql<typeof membership>(
    `select id, version, started_on::text as "startedOn" from membership
     where ended_on is null and started_on = '2021-01-21' limit 1`,
  );
});

const cases = [
  {
    title: 'a seat the person cannot hold',
    query: 'mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { id } }',
    variables: () => ({
      input: {
        teamId: team,
        personId: familyMember,
        role: 'COMMUNITY_PARTNER',
        startedOn: '2024-08-01',
      },
    }),
    en: /Role: Community partner is not a seat for a person of kind Family member/,
    es: /Rol: el rol Socio comunitario no corresponde a una persona de tipo Familiar/,
  },
  {
    title: 'a convening that ends before it starts',
    query: 'mutation ($input: CreateConveningInput!) { createConvening(input: $input) { id } }',
    variables: () => ({
      input: {
        cohortIds: [cohort],
        programYear: '2024-25',
        number: 7,
        modality: 'VIRTUAL',
        startsAt: '2024-10-29T16:00:00Z',
        endsAt: '2024-10-29T15:00:00Z',
      },
    }),
    en: /must be after the start time/,
    es: /debe ser posterior a la hora de inicio/,
  },
  {
    title: 'a membership that ends before it started',
    query:
      'mutation ($id: ID!, $version: Int!, $input: UpdateMembershipInput!) { updateMembership(id: $id, version: $version, input: $input) { id } }',
    variables: () => ({
      id: membership.id,
      version: membership.version,
      input: { endedOn: '2020-12-31', endReason: 'LEFT_POSITION' },
    }),
    en: /must be after the start date \(January 21, 2021\)/,
    es: /21 de enero de 2021/,
  },
];

describe('refusals read in words', () => {
  it.each(cases)('for $title, in English and Spanish', async ({ query, variables, en, es }) => {
    const english = await refusal('en', query, variables());
    expect(english).toMatch(en);
    expect(notInWords(english)).toEqual([]);
    const spanish = await refusal('es', query, variables());
    expect(spanish).toMatch(es);
    expect(notInWords(spanish)).toEqual([]);
  });
});
