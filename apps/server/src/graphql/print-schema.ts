import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessManifest, printAccessManifest } from './access-manifest.js';
import { graphqlSchema, printedSchema } from './schema.js';

/**
 * `pnpm --filter @cei/server schema`: rewrites apps/server/schema.graphql and access.json (who
 * may do what, per role) from the code.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
for (const [name, text] of [
  ['schema.graphql', await printedSchema()],
  ['access.json', printAccessManifest(accessManifest(await graphqlSchema()))],
] as const) {
  writeFileSync(join(root, name), text);
  console.log(`wrote ${join(root, name)}`);
}
