import { ConfigError, loadConfig } from './config/config.js';
import { startServer } from './server.js';

try {
  const running = await startServer(loadConfig());
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
