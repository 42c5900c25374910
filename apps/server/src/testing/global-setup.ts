import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../database/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/**
 * Tests use the PostgreSQL server of DATABASE_URL (CI sets it to the machine's), or else one
 * embedded server for the whole run; each test file then creates its own database on it.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('databaseServerUrl', process.env.DATABASE_URL);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cei-test-postgres-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  project.provide('databaseServerUrl', embedded.serverUrl);
  return async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
