import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Two files at a time, whatever the number of cores (vitest's default is one fewer than
      // there are: one on CI's two). A browser test file waits on its server and Chromium for
      // much of its time, so a second one uses the core the first leaves idle.
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'happy-dom',
            include: ['src/**/*.test.{ts,tsx}'],
            // One module graph for every file: importing react-admin and the screens anew for
            // each file was half the run. Each file still starts on a fresh page.
            isolate: false,
            setupFiles: ['src/testing/fresh-document.ts'],
            // CI runs these beside the browser and server tests on two cores, where a screen
            // that renders in 2 s alone has taken over vitest's default 5 s.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['e2e/**/*.test.ts'],
            // Each file starts its own server and browser; the server's modules load once.
            isolate: false,
            // A guard against a hang, not a measure: beside the server's tests on two cores, the
            // longest test (language.test.ts: reload, sign out and in, a second browser) has taken
            // over 60 s.
            testTimeout: 120_000,
            hookTimeout: 180_000,
            // A screen's answer to a new address is awaited with expect.poll; vitest's default of
            // 1 s is less than a loaded CI machine takes to draw it (one such wait failed there).
            expect: { poll: { timeout: 15_000 } },
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
