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
});
