import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'happy-dom',
            include: ['src/**/*.test.{ts,tsx}'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['e2e/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
            server: {
              deps: {
                // The server's test harness runs as built, in Node itself: inlining it through
                // Vite would load a second copy of graphql beside the one type-graphql requires.
                external: [/\/apps\/server\/dist\//],
              },
            },
          },
        },
      ],
    },
  }),
);
