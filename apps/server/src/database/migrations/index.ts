import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123074530 } from './Migration20261123074530.js';

/** Committed migrations in order; listed explicitly so compiled code and tests run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123074530', class: Migration20261123074530 },
];
