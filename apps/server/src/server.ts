import pino, { type Logger } from 'pino';
import { ensureFirstAdmin } from './accounts/first-admin.js';
import { logSerializers } from './common/logged-errors.js';
import { type Config, ConfigError } from './config/config.js';
import { databaseUrl, ensureDatabase } from './database/databases.js';
import type { EmbeddedDatabase } from './database/embedded.js';
import { initOrm } from './database/orm.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-data.js';
import { loadSeedData } from './database/seed/load.js';
import { type App, createApp } from './http/app.js';
import { startJobQueue } from './jobs/job-queue.js';
import { systemFork } from './scope/scope-filter.js';

export interface RunningServer {
  url: string;
  app: App;
  stop(): Promise<void>;
}

/**
 * Starts everything a running product needs: the database (the configured one, or an embedded
 * PostgreSQL), migrations, reference data (and demo data when asked), and the HTTP server.
 */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    // Loaded only when used: the package hooks the process's signals and exit when imported, and
    // it is a development dependency (the trial install and tests), absent from a production one.
    const { startEmbeddedPostgres } = await import('./database/embedded.js').catch((error) => {
      if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      throw new ConfigError(
        'DATABASE_URL: required, since this installation has no embedded PostgreSQL (a development dependency)',
      );
    });
    embedded = await startEmbeddedPostgres(config.dataDir, logger);
    await ensureDatabase(embedded.serverUrl, 'cei');
    url = databaseUrl(embedded.serverUrl, 'cei');
  }
  const orm = await initOrm({ databaseUrl: url });
  const loaded = await loadSeedData(orm, { demo: config.demoData });
  for (const name of loaded) logger.info(`loaded the ${name} data`);
  if (config.firstAdmin) await ensureFirstAdmin(systemFork(orm), config.firstAdmin, logger);

  const app = await createApp({ config, orm, logger });
  const port = await app.listen(config.port);
  const jobs = await startJobQueue({ databaseUrl: url, orm, config, logger });
  const publicUrl = `http://localhost:${port}`;
  logger.info(
    `CEI platform at ${publicUrl} (GraphQL at ${publicUrl}/graphql), Node.js ${process.versions.node}`,
  );
  if (config.demoData) {
    logger.info(
      `Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((account) => `${account.role} ${account.email}`).join(', ')}`,
    );
  }
  return {
    url: publicUrl,
    app,
    // New connections are refused at once; requests and jobs under way finish within the grace
    // period (side by side, each bounded by it), then the pools close and the database stops.
    stop: async () => {
      await Promise.all([jobs.stop(config.shutdownGraceMs), app.close()]);
      await orm.close();
      await embedded?.stop();
    },
  };
}

/** JSON lines for log collectors; readable lines for a person at a terminal. */
export function createLogger(config: Config): Logger {
  const readable = process.stdout.isTTY && config.environment !== 'production';
  return pino({
    level: config.logLevel,
    serializers: logSerializers,
    ...(readable
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
      : {}),
  });
}
