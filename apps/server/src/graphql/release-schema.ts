import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `pnpm --filter @cei/server schema:release`, at a release: the current schema becomes the
 * released one the compatibility check compares with, and the changelog's "Unreleased" section
 * becomes that release's (docs/graphql.md, "Schema changes").
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
copyFileSync(join(root, 'schema.graphql'), join(root, 'schema.released.graphql'));
const changelogFile = join(root, 'schema-changelog.md');
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  changelogFile,
  readFileSync(changelogFile, 'utf8').replace(
    /^## Unreleased\s*$/m,
    `## Unreleased\n\n## Released ${today}`,
  ),
);
console.log(`schema.released.graphql is now the schema of ${today}`);
