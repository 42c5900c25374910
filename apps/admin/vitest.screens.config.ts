import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * `npm run screens`: photographs the main screens of each role in English and Spanish into
 * docs/screens/ (e2e/screens/capture.screens.ts), against a real server with the demo data, in
 * Chromium, as the browser tests do. Not part of `npm test`: it writes files, it tests nothing.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'screens',
      environment: 'node',
      include: ['e2e/screens/**/*.screens.ts'],
      testTimeout: 120_000,
      hookTimeout: 180_000,
      server: { deps: { external: [/\/apps\/server\/dist\//] } },
    },
  }),
);
