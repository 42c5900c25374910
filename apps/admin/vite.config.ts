import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
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
    // react-admin, MUI and React Router make one vendor chunk of about 600 kB (185 kB gzipped);
    // the screens are split off per resource.
    chunkSizeWarningLimit: 700,
  },
});
