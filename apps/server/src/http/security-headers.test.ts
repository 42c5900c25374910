import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/vitest.js';

const development = useTestServer();
const production = useTestServer({ config: { environment: 'production' } });

// The admin app's pages get the same headers; the browser tests check it works under them.
const PATHS = ['/healthz', '/graphql'];

describe('browser security headers', () => {
  it.each(PATHS)(
    '%s: a CSP of our own origin that no page may frame, nosniff, a referrer policy',
    async (path) => {
      const response = await fetch(`${development.server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    },
  );

  it('adds HSTS in production', async () => {
    const response = await fetch(`${production.server.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

describe('/graphql opened in a browser', () => {
  it('goes to the bundled API explorer, not a page that loads a CDN', async () => {
    const response = await fetch(`${development.server.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/#/api-explorer');
  });

  it('still answers a client asking for JSON', async () => {
    const response = await fetch(
      `${development.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
