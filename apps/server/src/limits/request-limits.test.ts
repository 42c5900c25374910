import { Role } from '@cei/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccountRecord } from '../accounts/account.service.js';
import { useTestServer } from '../testing/vitest.js';
import type { RateLimitState } from './request-limits.js';

const WINDOW_SECONDS = 600;
const context = useTestServer({
  config: {
    rateLimits: {
      windowSeconds: WINDOW_SECONDS,
      token: { requests: 50, cost: 5_000 },
      session: { requests: 1_000, cost: 100_000 },
      maxQueryCost: 2_000,
    },
  },
});

/** 1 for the page, then 10 teams × (1 + 1 for each team's cohort). */
const TEN_TEAMS = '{ teams(limit: 10) { totalCount nodes { id name cohort { id } } } }';
const TEN_TEAMS_COST = 21;

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: { rateLimit?: RateLimitState };
  };
}

async function post(
  credentials: { bearer?: string; cookie?: string },
  query: string,
  { variables, language }: { variables?: Record<string, unknown>; language?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${context.server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      ...(language ? { 'accept-language': language } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as never,
  };
}

let partnerId = '';
async function issueToken(name: string): Promise<{ id: string; token: string; version: number }> {
  const issued = await context.server.graphql<{
    issueApiToken: { token: string; apiToken: { id: string; version: number } };
  }>(
    'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id version } } }',
    {
      input: {
        accountId: partnerId,
        name,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  const issuedToken = issued.data?.issueApiToken;
  if (!issuedToken) throw new Error(JSON.stringify(issued.errors));
  return { token: issuedToken.token, ...issuedToken.apiToken };
}

async function setLimits(
  token: { id: string; version: number },
  input: { requestLimit?: number | null; costLimit?: number | null },
) {
  return context.server.graphql<{
    updateApiToken: { version: number; requestLimit: number | null; costLimit: number | null };
  }>(
    'mutation ($id: ID!, $version: Int!, $input: UpdateApiTokenInput!) { updateApiToken(id: $id, version: $version, input: $input) { version requestLimit costLimit } }',
    { id: token.id, version: token.version, input },
  );
}

beforeAll(async () => {
  const account = await createAccountRecord(context.server.em(), {
    email: 'limits.partner@example.org',
    displayName: 'Limits partner',
    role: Role.API_PARTNER,
  });
  partnerId = account.id;
});

describe('budgets per API token', () => {
  it('tell every answer what the query cost and what is left, in extensions and headers', async () => {
    const { token } = await issueToken('Budget report');
    const first = await post({ bearer: token }, TEN_TEAMS);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const state = first.body.extensions?.rateLimit;
    expect(state).toMatchObject({
      cost: TEN_TEAMS_COST,
      maxQueryCost: 2_000,
      windowSeconds: WINDOW_SECONDS,
      requests: { limit: 50, remaining: 49 },
      costBudget: { limit: 5_000, remaining: 5_000 - TEN_TEAMS_COST },
    });
    const resetAt = Date.parse(state?.costBudget.resetAt ?? '');
    expect(resetAt).toBeGreaterThan(Date.now());
    expect(resetAt).toBeLessThanOrEqual(Date.now() + WINDOW_SECONDS * 1000);
    expect(first.headers.get('ratelimit-policy')).toBe(
      `50;w=${WINDOW_SECONDS};comment="requests", 5000;w=${WINDOW_SECONDS};comment="query cost"`,
    );
    // The request budget is the nearer to its end (49/50 against 4979/5000).
    expect(first.headers.get('ratelimit-limit')).toBe('50');
    expect(first.headers.get('ratelimit-remaining')).toBe('49');
    const reset = Number(first.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(WINDOW_SECONDS);

    const second = await post({ bearer: token }, TEN_TEAMS);
    expect(second.body.extensions?.rateLimit).toMatchObject({
      requests: { remaining: 48 },
      costBudget: { remaining: 5_000 - 2 * TEN_TEAMS_COST },
    });
  });

  it('count a list at its limit, the default page size when none is given, and at most 100', async () => {
    const { token } = await issueToken('Page sizes');
    const costOf = async (query: string, variables?: Record<string, unknown>) =>
      (await post({ bearer: token }, query, { variables })).body.extensions?.rateLimit?.cost;
    // 1 for the page + 25 (default) × 1 per team.
    expect(await costOf('{ teams { nodes { id } } }')).toBe(26);
    // A limit given in a variable, and one over the maximum (capped at 100).
    expect(await costOf('query ($n: Int) { teams(limit: $n) { nodes { id } } }', { n: 4 })).toBe(5);
    expect(await costOf('{ teams(limit: 500) { nodes { id } } }')).toBe(101);
    // Nested pages multiply: 1 + 2 × (1 + (1 + 3 × 1)), through a fragment.
    expect(
      await costOf(
        '{ cohorts(limit: 2) { nodes { ...C } } } fragment C on Cohort { id teams(limit: 3) { nodes { id } } }',
      ),
    ).toBe(1 + 2 * (1 + (1 + 3)));
    // Scalars cost nothing.
    expect(await costOf('{ __typename }')).toBe(0);
  });

  it('refuse a query costlier than any query may be before it runs, without charging it', async () => {
    const { token } = await issueToken('Too costly');
    const costly = await post(
      { bearer: token },
      '{ teams(limit: 100) { nodes { memberships(limit: 100) { nodes { id } } } } }',
      { language: 'es' },
    );
    expect(costly.status).toBe(400);
    expect(costly.body.data).toBeUndefined();
    expect(costly.body.errors?.[0]).toMatchObject({
      message:
        'Esta consulta cuesta 10201, más de los 2000 que puede costar una sola consulta. Pida páginas más pequeñas o menos campos.',
      extensions: { code: 'QUERY_TOO_COSTLY' },
    });
    expect(costly.body.extensions?.rateLimit).toMatchObject({
      cost: 0,
      requests: { remaining: 49 },
      costBudget: { remaining: 5_000 },
    });
  });

  it('refuse requests over the token’s request limit with 429, Retry-After and the caller’s language', async () => {
    const token = await issueToken('Three a window');
    const set = await setLimits(token, { requestLimit: 3 });
    expect(set.data?.updateApiToken).toMatchObject({ requestLimit: 3, costLimit: null });
    for (let request = 0; request < 3; request++) {
      expect((await post({ bearer: token.token }, '{ __typename }')).status).toBe(200);
    }
    const over = await post({ bearer: token.token }, '{ cohorts { totalCount } }', {
      language: 'es-MX',
    });
    expect(over.status).toBe(429);
    expect(over.body.data).toBeUndefined();
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(over.body.errors?.[0]).toMatchObject({
      message: `Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo en ${retryAfter} segundo(s).`,
      extensions: { code: 'RATE_LIMITED', retryAfter },
    });
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    expect(over.body.extensions?.rateLimit?.requests).toMatchObject({ limit: 3, remaining: 0 });

    const english = await post({ bearer: token.token }, '{ __typename }');
    expect(english.body.errors?.[0]?.message).toMatch(
      /^Too many requests in a short time\. Try again in \d+ second\(s\)\.$/,
    );
  });

  it('refuse a query over what is left of the cost budget, charging only what ran', async () => {
    const token = await issueToken('Fifty points');
    await setLimits(token, { costLimit: 50 });
    expect((await post({ bearer: token.token }, TEN_TEAMS)).status).toBe(200);
    expect((await post({ bearer: token.token }, TEN_TEAMS)).status).toBe(200);
    const over = await post({ bearer: token.token }, TEN_TEAMS);
    expect(over.status).toBe(429);
    expect(over.body.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(
        /^This query costs 21 and only 8 of your query budget is left\./,
      ),
    });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // The refused query was not charged: a query costing what is left still runs.
    const fits = await post({ bearer: token.token }, '{ teams(limit: 7) { nodes { id } } }');
    expect(fits.status).toBe(200);
    expect(fits.body.extensions?.rateLimit?.costBudget.remaining).toBe(0);
  });

  it('keep each token’s counters apart, and a reset limit follows the configured default again', async () => {
    const spent = await issueToken('Spent');
    await setLimits(spent, { requestLimit: 1 });
    await post({ bearer: spent.token }, '{ __typename }');
    expect((await post({ bearer: spent.token }, '{ __typename }')).status).toBe(429);
    // Another token of the same account starts whole.
    const other = await issueToken('Fresh');
    const fresh = await post({ bearer: other.token }, TEN_TEAMS);
    expect(fresh.body.extensions?.rateLimit).toMatchObject({
      requests: { limit: 50, remaining: 49 },
      costBudget: { limit: 5_000, remaining: 5_000 - TEN_TEAMS_COST },
    });
    // Null puts the default back: the spent token has 50 − 3 requests left (3 counted so far).
    const reset = await setLimits(
      { id: spent.id, version: spent.version + 1 },
      { requestLimit: null },
    );
    expect(reset.data?.updateApiToken.requestLimit).toBeNull();
    const again = await post({ bearer: spent.token }, '{ __typename }');
    expect(again.status).toBe(200);
    expect(again.body.extensions?.rateLimit?.requests).toMatchObject({ limit: 50, remaining: 47 });
  });
});

describe('budgets per session', () => {
  it('follow the session defaults and are the session’s own', async () => {
    const answer = await post(context.server.credentials, TEN_TEAMS);
    expect(answer.body.extensions?.rateLimit).toMatchObject({
      cost: TEN_TEAMS_COST,
      requests: { limit: 1_000 },
      costBudget: { limit: 100_000 },
    });
    const other = await context.server.signIn('test-admin@example.org', 'test-admin-password');
    const fresh = await post(other.credentials, TEN_TEAMS);
    expect(fresh.body.extensions?.rateLimit).toMatchObject({
      requests: { remaining: 999 },
      costBudget: { remaining: 100_000 - TEN_TEAMS_COST },
    });
  });

  it('leave the public unbudgeted, but refuse it a query costlier than any may be', async () => {
    const answer = await post({}, TEN_TEAMS);
    expect(answer.body.extensions?.rateLimit).toBeUndefined();
    expect(answer.headers.get('ratelimit-limit')).toBeNull();
    const costly = await post(
      {},
      '{ cohorts(limit: 100) { nodes { teams(limit: 100) { nodes { id } } } } }',
    );
    expect(costly.status).toBe(400);
    expect(costly.body.data).toBeUndefined();
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });
});

describe('setting a token’s limits', () => {
  it('names the field of a bad limit, in both languages, and changes nothing', async () => {
    const token = await issueToken('Bad limits');
    const bad = await setLimits(token, { requestLimit: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.requestLimit' }],
    });
    const [row] = (await context.server
      .em()
      .execute('select request_limit, version from api_token where id = ?', [token.id])) as {
      request_limit: number | null;
      version: number;
    }[];
    expect(row).toEqual({ request_limit: null, version: token.version });
  });

  it('is for CEI admins only; a token cannot change its own', async () => {
    const token = await issueToken('Self-service');
    const own = await post(
      { bearer: token.token },
      'mutation ($id: ID!) { updateApiToken(id: $id, version: 1, input: { requestLimit: 100000 }) { id } }',
      { variables: { id: token.id } },
    );
    expect(own.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
