import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The slow part of the reliability suite (fault injection), apart from `npm test`:
 * `npm run test:reliability` from the root (it builds the server first). The fast part (SIGTERM
 * with requests under way, several servers migrating at once, a frozen database and /readyz, …)
 * is in `npm test`.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['src/**/*.slow.ts'], testTimeout: 180_000 },
});
