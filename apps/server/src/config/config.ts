import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: the embedded database and generated secrets live in its `.data/`. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  PUBLIC_URL: z.string().url('must be a URL, e.g. https://cei.example.org').optional(),
  MAIL_FROM: z.string().min(3).optional(),
  TRUST_PROXY: z.string().optional(),
  DEMO_DATA: booleanFlag,
  DATA_DIR: z.string().optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(25),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_DIST: z.string().optional(),
  ADMIN_EMAIL: z.string().email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  TOKEN_REQUEST_LIMIT: z.coerce.number().int().min(1).default(300),
  TOKEN_COST_LIMIT: z.coerce.number().int().min(1).default(100_000),
  SESSION_REQUEST_LIMIT: z.coerce.number().int().min(1).default(1_200),
  SESSION_COST_LIMIT: z.coerce.number().int().min(1).default(400_000),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  WEBHOOK_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(20),
  GRAPHQL_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(4),
});

export interface Config {
  environment: 'development' | 'production' | 'test';
  port: number;
  /** Unset: run an embedded PostgreSQL in `dataDir` (a trial install). */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  smtpUrl: string | undefined;
  /** The From address of the emails the system sends. */
  mailFrom: string;
  /** Express's `trust proxy` behind a reverse proxy: a hop count, or addresses/subnets. */
  trustProxy: number | string | undefined;
  /** Where people reach this server: the base of links in emails and calendar feed URLs. */
  publicUrl: string;
  /** Load the invented demo people and one account per role. */
  demoData: boolean;
  logLevel: string;
  /** On SIGTERM or SIGINT, how long in-flight requests and running jobs may take to finish. */
  shutdownGraceMs: number;
  /** Where the built admin app is; served at `/` when it exists. */
  adminDist: string;
  /** Creates the first CEI admin at start when no CEI admin exists yet. */
  firstAdmin: { email: string; password: string } | undefined;
  /** Request and cost budgets per API token and per session (limits/request-limits.ts). */
  rateLimits: RateLimitSettings;
  /** Consecutive failed deliveries after which a webhook endpoint is disabled. */
  webhookMaxFailures: number;
  /** GraphQL requests run at once per process; later ones wait their turn (http/admission.ts). */
  graphqlConcurrency: number;
}

export interface RateLimitSettings {
  /** The window every budget is counted over, in seconds. */
  windowSeconds: number;
  /** Defaults for an API token; an admin may set other limits on each token. */
  token: { requests: number; cost: number };
  /** For a signed-in browser session. */
  session: { requests: number; cost: number };
  /** The most one query may cost: a costlier one is refused before it runs. */
  maxQueryCost: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment, naming every bad variable at once. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(
    Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither',
    );
  }
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required in production');
  }
  const dataDir = resolve(env.DATA_DIR ?? join(repoRoot, '.data'));
  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    sessionSecret: env.SESSION_SECRET ?? developmentSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? 'CEI <no-reply@cei.example.org>',
    trustProxy:
      env.TRUST_PROXY && /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    // A trial install on the embedded database always shows the demo data.
    demoData: env.DEMO_DATA || !env.DATABASE_URL,
    logLevel: env.LOG_LEVEL,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    adminDist: resolve(env.ADMIN_DIST ?? join(repoRoot, 'apps/admin/dist')),
    firstAdmin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }
        : undefined,
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      token: { requests: env.TOKEN_REQUEST_LIMIT, cost: env.TOKEN_COST_LIMIT },
      session: { requests: env.SESSION_REQUEST_LIMIT, cost: env.SESSION_COST_LIMIT },
      maxQueryCost: env.MAX_QUERY_COST,
    },
    webhookMaxFailures: env.WEBHOOK_MAX_FAILURES,
    graphqlConcurrency: env.GRAPHQL_CONCURRENCY,
  };
}

/** Outside production a secret is generated once and kept, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
