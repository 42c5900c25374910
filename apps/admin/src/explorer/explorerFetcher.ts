import type { GraphiQLProps } from 'graphiql';

export type Fetcher = GraphiQLProps['fetcher'];

/**
 * How the explorer sends its operations: to this server's `/graphql`, as the signed-in viewer
 * (the session cookie), or, given an API token, as that token and nothing else (no cookie), the
 * way a partner's program would call the API.
 */
export function explorerFetcher(token?: string, endpoint = '/graphql'): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: token ? 'omit' : 'same-origin',
      headers: {
        ...(options?.headers as Record<string, string> | undefined),
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`${response.status} ${response.statusText}: ${text.slice(0, 200)}`);
    }
  };
}
