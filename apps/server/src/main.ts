import { ConfigError, loadConfig } from './config/config.js';
import { createLogger, startServer } from './server.js';

/**
 * Reads the configuration and runs the server until SIGTERM (a deploy) or SIGINT (Ctrl-C): then
 * it stops taking requests, lets those under way and running jobs finish within the grace period
 * (SHUTDOWN_GRACE_SECONDS), and exits 0. A second signal exits at once.
 */
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const logger = createLogger(config);
// Signals are handled from the start: one during start-up stops the server once it is up.
const starting = startServer(config, logger);

/**
 * Ctrl-C reaches every process of the terminal's foreground group, and npm passes the signal it got
 * on to its script as well: the same SIGINT twice, a moment apart. Only a signal after this long
 * is a second one (exit at once).
 */
const REPEATED_SIGNAL_MS = 1_000;
let stopping: { signal: NodeJS.Signals; at: number } | undefined;
const shutdown = async (signal: NodeJS.Signals) => {
  if (stopping) {
    if (signal === stopping.signal && Date.now() - stopping.at < REPEATED_SIGNAL_MS) return;
    process.exit(1);
  }
  stopping = { signal, at: Date.now() };
  logger.info(`${signal}: finishing the requests and jobs under way, then stopping`);
  // Ctrl-C reaches the embedded PostgreSQL too (one process group), which stops at once: the
  // connections it cuts are expected, not worth a stack trace each.
  if (signal === 'SIGINT' && !config.databaseUrl) logger.level = 'fatal';
  // Whatever hangs, the process ends shortly after the grace period.
  setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
  try {
    await (await starting).stop();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'the shutdown failed');
    process.exit(1);
  }
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
await starting.catch((error: unknown) => {
  // A setting found wanting only at start (no embedded PostgreSQL installed): said plainly.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
});
