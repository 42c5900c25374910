import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './build/bundleReport';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [
    react(),
    bundleReport({
      // The home screen a signed-in user lands on.
      homeModules: [/\/src\/App\.tsx$/, /\/src\/dashboards\/Dashboard\.tsx$/],
      budgetGzipBytes: 300 * 1024,
      // The Spanish texts (the sign-in screen's few aside) load only when Spanish is chosen.
      lazyModules: [
        /\/src\/i18n\/(?!signIn\.)(\w+\.)?es\.ts$/,
        /\/domain\/src\/fieldLabels\.es\.ts$/,
      ],
      sizesFile: new URL('../../docs/admin.md', import.meta.url),
    }),
  ],
  resolve: {
    alias: {
      // The domain package is source-only: bundle its TypeScript directly.
      '@cei/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      // Application documents (session cookie) and calendar feeds are plain HTTP routes.
      '/files': api,
      '/calendar': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The first page's size is measured (and held to its budget) by build/bundleReport.ts.
    chunkSizeWarningLimit: 700,
  },
});
