import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: {
      '@cei/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
      // One graphql module for type-graphql, Apollo and the tests: the CommonJS entry, as the
      // packages load it (two copies fail with "from another module or realm").
      graphql: require.resolve('graphql'),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    // CI runs these beside the admin's browser tests on two cores, where the tests that start
    // servers or import 10,000 rows (15–20 s) come near 30 s.
    testTimeout: 60_000,
    // Every query built from a template is compiled afresh too, and must be the same.
    env: { CEI_CHECK_QUERY_TEMPLATES: 'true' },
    hookTimeout: 120_000,
    // Each test file gets its own database, so files run in parallel.
    pool: 'forks',
    // One module graph for every file: importing the server anew for each file took a third of
    // the run (type-graphql, MikroORM and the schema). Files share no state but their modules'.
    isolate: false,
  },
});
