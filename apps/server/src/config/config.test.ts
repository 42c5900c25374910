import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to port 4000 and an embedded database with demo data', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/cei-config-test' });
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      demoData: true,
      dataDir: '/tmp/cei-config-test',
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('loads demo data against DATABASE_URL only with DEMO_DATA=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/cei' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/cei', DEMO_DATA: '1' }).demoData).toBe(
      true,
    );
  });

  it('names every bad variable in one message', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'mail.example.org',
        DEMO_DATA: 'yes',
      }),
    ).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/[\s\S]*SMTP_URL: must be an smtp:\/\/[\s\S]*DEMO_DATA/,
    );
  });

  it('requires SESSION_SECRET in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/cei' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://localhost/cei',
        SESSION_SECRET: 'x'.repeat(32),
      }),
    ).not.toThrow();
  });

  it('reads the request and cost budgets and the webhook failure limit, with defaults', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/cei-config-test' })).toMatchObject({
      rateLimits: {
        windowSeconds: 60,
        token: { requests: 300, cost: 100_000 },
        session: { requests: 1_200, cost: 400_000 },
        maxQueryCost: 50_000,
      },
      webhookMaxFailures: 20,
    });
    expect(
      loadConfig({
        DATA_DIR: '/tmp/cei-config-test',
        RATE_LIMIT_WINDOW_SECONDS: '300',
        TOKEN_REQUEST_LIMIT: '10',
        MAX_QUERY_COST: '1000',
        WEBHOOK_MAX_FAILURES: '5',
      }),
    ).toMatchObject({
      rateLimits: { windowSeconds: 300, token: { requests: 10 }, maxQueryCost: 1000 },
      webhookMaxFailures: 5,
    });
    expect(() => loadConfig({ TOKEN_COST_LIMIT: '0', SESSION_REQUEST_LIMIT: 'many' })).toThrow(
      /TOKEN_COST_LIMIT[\s\S]*SESSION_REQUEST_LIMIT/,
    );
  });
});
