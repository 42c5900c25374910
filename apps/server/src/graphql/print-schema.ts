import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './schema.js';

/** `pnpm --filter @cei/server schema`: rewrites apps/server/schema.graphql from the code. */
const file = join(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
writeFileSync(file, await printedSchema());
console.log(`wrote ${file}`);
